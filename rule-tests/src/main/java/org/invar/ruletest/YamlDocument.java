package org.invar.ruletest;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML file read as a node graph that keeps the line and column of every node (YAML 1.2 core
 * schema: {@code yes} is a string, {@code true} a boolean). Malformed YAML is a
 * {@link RuleTestException} at the place the parser stopped.
 */
final class YamlDocument {
    private final String file;

    private YamlDocument(String file) {
        this.file = file;
    }

    /** The root node, or empty for an empty document. */
    static Optional<Node> parse(String file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema())
                .setUseMarks(true).setMaxAliasesForCollections(50).build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            SourcePosition at = e.getProblemMark().map(m -> position(file, m)).orElse(new SourcePosition(file, 0, 0));
            throw new RuleTestException(java.util.List.of(at.error("malformed YAML: " + firstLine(e.getProblem()))));
        } catch (YamlEngineException e) {
            throw new RuleTestException(java.util.List.of(new SourcePosition(file, 0, 0)
                    .error("malformed YAML: " + firstLine(e.getMessage()))));
        }
    }

    static YamlDocument of(String file) {
        return new YamlDocument(file);
    }

    SourcePosition at(Node node) {
        return node.getStartMark().map(m -> position(file, m)).orElse(new SourcePosition(file, 0, 0));
    }

    private static SourcePosition position(String file, Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A scalar's text, when the node is a scalar other than null. */
    static Optional<String> text(Node node) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return Optional.of(s.getValue());
        }
        return Optional.empty();
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** How a node reads in a message: a scalar as written, containers as "a list", "a mapping". */
    static String show(Node node) {
        return switch (node.getNodeType()) {
            case SCALAR -> isNull(node) ? "empty" : "'" + ((ScalarNode) node).getValue() + "'";
            case SEQUENCE -> "a list";
            case MAPPING -> "a mapping";
            case ANCHOR -> "an anchor";
        };
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
