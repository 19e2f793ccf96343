package org.invar.cloudformation.template;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.model.Suggestions;

/**
 * Checks, before anything is resolved, that every {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}
 * variable and {@code Fn::If} condition in every resource's properties and every output names
 * something the template declares. The resolver finds these too, but only in the properties the
 * mapping reads; a typo in a resource type invar does not model would otherwise pass, and
 * CloudFormation would refuse the template.
 *
 * <p>Names of the {@code AWS::} pseudo parameters are left to the resolver, which knows them.
 * Not called for templates with a {@code Transform}: macros add resources and parameters.
 */
final class ReferenceCheck {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private final String file;
    private final Set<String> resources;
    private final Set<String> parameters;
    private final Set<String> conditions;

    private ReferenceCheck(String file, Set<String> resources, Set<String> parameters, Set<String> conditions) {
        this.file = file;
        this.resources = resources;
        this.parameters = parameters;
        this.conditions = conditions;
    }

    static void check(String file, Map<String, Resource> resources, Set<String> parameters, Set<String> conditions,
                      Map<String, Output> outputs) {
        ReferenceCheck check = new ReferenceCheck(file, resources.keySet(), parameters, conditions);
        for (Resource r : resources.values()) {
            r.condition().ifPresent(c -> check.condition(c, r.conditionPos(), "resource " + r.logicalId()));
            check.walk(r.properties());
        }
        for (Output o : outputs.values()) {
            o.condition().ifPresent(c -> check.condition(c, o.pos(), "output " + o.name()));
            check.walk(o.value());
        }
    }

    private void walk(Node node) {
        if (node instanceof Node.Sequence s) {
            s.items().forEach(this::walk);
            return;
        }
        if (!(node instanceof Node.Mapping m)) {
            return;
        }
        if (m.size() == 1) {
            Node.Entry call = m.single().orElseThrow();
            switch (call.key()) {
                case "Ref" -> ref(call.value());
                case "Fn::GetAtt" -> getAtt(call.value());
                case "Fn::Sub" -> sub(call.value());
                case "Fn::If" -> ifCondition(call.value());
                default -> {
                }
            }
        }
        m.entries().values().forEach(e -> walk(e.value()));
    }

    private void ref(Node arg) {
        if (arg instanceof Node.Scalar s && !s.isNull()) {
            name(s.text(), s.pos(), "Ref to " + s.text(), true);
        }
    }

    private void getAtt(Node arg) {
        Node.Scalar resource = null;
        if (arg instanceof Node.Scalar s && s.text().contains(".")) {
            resource = new Node.Scalar(s.text().substring(0, s.text().indexOf('.')), s.type(), s.at());
        } else if (arg instanceof Node.Sequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof Node.Scalar s) {
            resource = s;
        }
        if (resource != null && !resources.contains(resource.text())) {
            throw TemplateSyntax.error(file, resource.pos(), "Fn::GetAtt of " + resource.text()
                    + ": a resource of this template was expected" + Suggestions.didYouMean(resource.text(), resources));
        }
    }

    private void sub(Node arg) {
        Node.Scalar text = null;
        Set<String> locals = Set.of();
        if (arg instanceof Node.Scalar s) {
            text = s;
        } else if (arg instanceof Node.Sequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof Node.Scalar s) {
            text = s;
            if (seq.items().size() > 1 && seq.items().get(1) instanceof Node.Mapping vars) {
                locals = vars.entries().keySet();
            }
        }
        if (text == null) {
            return;
        }
        Matcher m = SUB_VARIABLE.matcher(text.text());
        while (m.find()) {
            String variable = m.group(1).strip();
            if (locals.contains(variable)) {
                continue;
            }
            int dot = variable.indexOf('.');
            if (dot > 0 && !variable.startsWith("AWS::")) {
                String resource = variable.substring(0, dot);
                if (!resources.contains(resource)) {
                    throw TemplateSyntax.error(file, text.pos(), "Fn::Sub variable ${" + variable + "}: " + resource
                            + " is no resource of this template" + Suggestions.didYouMean(resource, resources));
                }
            } else {
                name(variable, text.pos(), "Fn::Sub variable ${" + variable + "}", false);
            }
        }
    }

    private void ifCondition(Node arg) {
        if (arg instanceof Node.Sequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof Node.Scalar s) {
            condition(s.text(), s.pos(), "Fn::If");
        }
    }

    private void name(String name, Pos pos, String what, boolean isRef) {
        if (name.startsWith("AWS::") || parameters.contains(name) || resources.contains(name)) {
            return;
        }
        Set<String> known = new TreeSet<>(parameters);
        known.addAll(resources);
        throw TemplateSyntax.error(file, pos, what + ": a parameter or resource of this template was expected, "
                + name + " is neither" + Suggestions.didYouMean(name, known));
    }

    private void condition(String name, Pos pos, String where) {
        if (!conditions.contains(name)) {
            throw TemplateSyntax.error(file, pos, where + " names no condition named " + name
                    + Suggestions.didYouMean(name, conditions));
        }
    }
}
