package org.invar.ruletest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelException;
import org.invar.model.json.ModelFileException;
import org.invar.model.json.ModelJson;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A model written in a test file as YAML, in the model file format ({@code "invar_model": 1} may
 * be left out), read by the engine's own model file reader so it means exactly what a model JSON
 * file would:
 *
 * <pre>
 * model:
 *   entities:
 *     - {kind: az, id: a, attributes: {name: us-east-1a}}
 *     - {kind: subnet, id: s1, relations: {az: [a]}}
 * </pre>
 *
 * The YAML is written out as JSON with every key and value on a line of its own, and the line of
 * each remembered, so the reader's errors point back into the test file.
 */
final class InlineModel {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final YamlDocument yaml;
    /** For each line of the JSON text (1-based), the YAML node written there. */
    private final List<Node> lines = new ArrayList<>();

    private InlineModel(YamlDocument yaml) {
        this.yaml = yaml;
        lines.add(null); // there is no line 0
        lines.add(null); // line 1 holds what comes before the first node: the model as a whole
    }

    /** Reads the model; a problem in it is a {@link RuleTestException} at its place in the test file. */
    static Model read(YamlDocument yaml, Node model) {
        InlineModel inline = new InlineModel(yaml);
        String json = inline.json(model);
        try {
            return ModelJson.read(yaml.at(model).file(), json);
        } catch (ModelFileException e) {
            SourcePosition at = e.line() > 0 && e.line() < inline.lines.size() && inline.lines.get(e.line()) != null
                    ? yaml.at(inline.lines.get(e.line())) : yaml.at(model);
            throw new RuleTestException(List.of(at.error("in the inline model: " + e.reason())));
        } catch (ModelException e) {
            throw new RuleTestException(List.of(yaml.at(model).error("in the inline model: " + e.getMessage())));
        }
    }

    private String json(Node model) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (model instanceof MappingNode m && m.getValue().stream()
                    .noneMatch(t -> YamlDocument.text(t.getKeyNode()).filter("invar_model"::equals).isPresent())) {
                g.writeStartObject();
                g.writeNumberField("invar_model", 1);
                for (NodeTuple t : m.getValue()) {
                    member(g, t);
                }
                g.writeEndObject();
            } else {
                value(g, model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string writer does not fail
        }
        return out.toString();
    }

    private void member(JsonGenerator g, NodeTuple t) throws IOException {
        newLine(g, t.getKeyNode());
        g.writeFieldName(t.getKeyNode() instanceof ScalarNode s ? s.getValue() : YamlDocument.show(t.getKeyNode()));
        value(g, t.getValueNode());
    }

    private void value(JsonGenerator g, Node node) throws IOException {
        newLine(g, node);
        if (node instanceof MappingNode m) {
            g.writeStartObject();
            for (NodeTuple t : m.getValue()) {
                member(g, t);
            }
            g.writeEndObject();
        } else if (node instanceof SequenceNode s) {
            g.writeStartArray();
            for (Node item : s.getValue()) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            scalar(g, (ScalarNode) node);
        }
    }

    private static void scalar(JsonGenerator g, ScalarNode s) throws IOException {
        Tag tag = s.getTag();
        String text = s.getValue();
        if (tag.equals(Tag.NULL)) {
            g.writeNull();
        } else if (tag.equals(Tag.BOOL)) {
            g.writeBoolean(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        } else if (tag.equals(Tag.INT) && text.matches("[-+]?[0-9]+")) {
            g.writeNumber(new java.math.BigInteger(text.startsWith("+") ? text.substring(1) : text));
        } else if (tag.equals(Tag.FLOAT) && text.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
            g.writeNumber(new java.math.BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        } else {
            g.writeString(text);
        }
    }

    /** Starts a line for the next token and remembers which YAML node it came from. */
    private void newLine(JsonGenerator g, Node node) throws IOException {
        g.writeRaw('\n');
        lines.add(node);
    }
}
