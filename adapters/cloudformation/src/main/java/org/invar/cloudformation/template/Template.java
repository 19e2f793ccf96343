package org.invar.cloudformation.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;

/**
 * The sections of a CloudFormation template that matter to the model: parameters, mappings,
 * conditions, resources and outputs, each still as written (intrinsics unresolved).
 *
 * <pre>{@code
 * Template t = Template.of("stack.yml", new TemplateReader(ReadLimits.DEFAULT).read("stack.yml", bytes));
 * }</pre>
 */
public final class Template {
    private final String file;
    private final Map<String, Parameter> parameters;
    private final Node.Mapping mappings;
    private final Map<String, Node.Entry> conditions;
    private final Map<String, Resource> resources;
    private final Map<String, Output> outputs;
    private final List<String> notExpanded;

    private Template(String file, Map<String, Parameter> parameters, Node.Mapping mappings,
                     Map<String, Node.Entry> conditions, Map<String, Resource> resources, Map<String, Output> outputs,
                     List<String> notExpanded) {
        this.file = file;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.mappings = mappings;
        this.conditions = Collections.unmodifiableMap(conditions);
        this.resources = Collections.unmodifiableMap(resources);
        this.outputs = Collections.unmodifiableMap(outputs);
        this.notExpanded = List.copyOf(notExpanded);
    }

    /** Reads the sections of a parsed file; refuses files that are not templates, with the reason. */
    public static Template of(String file, Node root) {
        if (!(root instanceof Node.Mapping top)) {
            throw TemplateSyntax.error(file, root.pos(), "not a CloudFormation template: the top level is not a mapping");
        }
        notATemplate(file, top);
        Node.Mapping resourcesNode = mapping(file, top, "Resources")
                .orElseThrow(() -> TemplateSyntax.error(file, top.pos(),
                        "not a CloudFormation template: it has no Resources section"));
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        mapping(file, top, "Parameters").ifPresent(m -> m.entries().values().forEach(e ->
                parameters.put(e.key(), parameter(file, e))));
        Node.Mapping mappings = mapping(file, top, "Mappings").orElse(new Node.Mapping(Map.of(), top.pos()));
        Map<String, Node.Entry> conditions = new LinkedHashMap<>();
        mapping(file, top, "Conditions").ifPresent(m -> conditions.putAll(m.entries()));
        Map<String, Resource> resources = new LinkedHashMap<>();
        List<String> notExpanded = new ArrayList<>();
        for (Node.Entry e : resourcesNode.entries().values()) {
            if (e.key().startsWith("Fn::ForEach::")) {
                notExpanded.add(e.key());
                continue;
            }
            resources.put(e.key(), resource(file, e));
        }
        DependencyCycles.check(file, resourcesNode, !notExpanded.isEmpty() || top.get("Transform").isPresent());
        Map<String, Output> outputs = new LinkedHashMap<>();
        mapping(file, top, "Outputs").ifPresent(m -> m.entries().values().forEach(e -> {
            if (!e.key().startsWith("Fn::ForEach::")) {
                outputs.put(e.key(), output(file, e));
            }
        }));
        if (notExpanded.isEmpty() && top.get("Transform").isEmpty()) {
            ReferenceCheck.check(file, resources, parameters.keySet(), conditions, outputs);
        }
        return new Template(file, parameters, mappings, conditions, resources, outputs, notExpanded);
    }

    private static void notATemplate(String file, Node.Mapping top) {
        if (top.get("invar_model").isPresent()) {
            throw TemplateSyntax.error(file, top.pos(), "not a CloudFormation template: this is an invar model file");
        }
        if (top.get("format_version").isPresent() || top.get("planned_values").isPresent()
                || top.get("terraform_version").isPresent()) {
            throw TemplateSyntax.error(file, top.pos(), "not a CloudFormation template: this is Terraform JSON");
        }
    }

    private static Optional<Node.Mapping> mapping(String file, Node.Mapping top, String section) {
        Node.Entry e = top.entries().get(section);
        if (e == null || e.value() instanceof Node.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (!(e.value() instanceof Node.Mapping m)) {
            throw TemplateSyntax.error(file, e.value().pos(), section + " must be a mapping");
        }
        return Optional.of(m);
    }

    private static Parameter parameter(String file, Node.Entry e) {
        if (!(e.value() instanceof Node.Mapping m)) {
            throw TemplateSyntax.error(file, e.keyPos(), "parameter " + e.key() + " must be a mapping with a Type");
        }
        String type = m.get("Type").map(n -> n instanceof Node.Scalar s ? s.text() : null)
                .orElseThrow(() -> TemplateSyntax.error(file, e.keyPos(), "parameter " + e.key() + " has no Type"));
        return new Parameter(e.key(), type, m.get("Default"), e.keyPos());
    }

    private static Resource resource(String file, Node.Entry e) {
        if (!(e.value() instanceof Node.Mapping m)) {
            throw TemplateSyntax.error(file, e.keyPos(), "resource " + e.key() + " must be a mapping with a Type");
        }
        Node typeNode = m.get("Type").orElseThrow(() ->
                TemplateSyntax.error(file, e.keyPos(), "resource " + e.key() + " has no Type"));
        if (!(typeNode instanceof Node.Scalar type) || type.isNull()) {
            throw TemplateSyntax.error(file, typeNode.pos(), "the Type of resource " + e.key() + " must be a string");
        }
        Node.Mapping properties;
        Node p = m.get("Properties").orElse(null);
        if (p == null || p instanceof Node.Scalar s && s.isNull()) {
            properties = new Node.Mapping(Map.of(), e.keyPos());
        } else if (p instanceof Node.Mapping pm) {
            properties = pm;
        } else {
            throw TemplateSyntax.error(file, p.pos(), "the Properties of resource " + e.key() + " must be a mapping");
        }
        Optional<String> condition = Optional.empty();
        Pos conditionPos = Pos.NONE;
        Node c = m.get("Condition").orElse(null);
        if (c != null) {
            if (!(c instanceof Node.Scalar cs) || cs.isNull()) {
                throw TemplateSyntax.error(file, c.pos(), "the Condition of resource " + e.key()
                        + " must be the name of a condition");
            }
            condition = Optional.of(cs.text());
            conditionPos = c.pos();
        }
        return new Resource(e.key(), type.text(), properties, condition, conditionPos, e.keyPos(),
                SuppressionMetadata.read(file, e.key(), m));
    }

    private static Output output(String file, Node.Entry e) {
        if (!(e.value() instanceof Node.Mapping m) || m.get("Value").isEmpty()) {
            throw TemplateSyntax.error(file, e.keyPos(), "output " + e.key() + " must be a mapping with a Value");
        }
        Optional<String> condition = m.get("Condition").filter(n -> n instanceof Node.Scalar)
                .map(n -> ((Node.Scalar) n).text());
        Optional<Node> exportName = m.get("Export").filter(n -> n instanceof Node.Mapping)
                .flatMap(n -> ((Node.Mapping) n).get("Name"));
        return new Output(e.key(), m.get("Value").orElseThrow(), condition, e.keyPos(), exportName);
    }

    public String file() {
        return file;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    public Node.Mapping mappings() {
        return mappings;
    }

    public Map<String, Node.Entry> conditions() {
        return conditions;
    }

    public Map<String, Resource> resources() {
        return resources;
    }

    public Map<String, Output> outputs() {
        return outputs;
    }

    /** Keys of the Resources section that are {@code Fn::ForEach} loops, which this adapter does not expand. */
    public List<String> notExpanded() {
        return notExpanded;
    }
}
