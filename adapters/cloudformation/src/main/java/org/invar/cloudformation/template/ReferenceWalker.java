package org.invar.cloudformation.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.cloudformation.read.Node;

/**
 * Finds the names a part of a template refers to, as written: {@code Ref} targets,
 * {@code Fn::GetAtt} resources, {@code Fn::Sub} variables and {@code Fn::If} conditions, in every
 * branch (an {@code Fn::If} is not decided here). Shared by the checks that the names exist and
 * the check that resources do not need each other in a circle.
 */
final class ReferenceWalker {
    /** Told of each reference met; each method's default ignores it. */
    interface Visitor {
        /** {@code Ref} of a name (also a pseudo parameter's). */
        default void ref(Node.Scalar name) {
        }

        /** {@code Fn::GetAtt}: {@code resource} holds the resource's name at the attribute's position. */
        default void getAtt(Node.Scalar resource) {
        }

        /** A {@code ${variable}} of an {@code Fn::Sub} string that is not one of the call's own variables. */
        default void subVariable(String variable, Node.Scalar text) {
        }

        /** The condition an {@code Fn::If} names. */
        default void ifCondition(Node.Scalar name) {
        }
    }

    private ReferenceWalker() {
    }

    static void walk(Node node, Visitor v) {
        if (node instanceof Node.Sequence s) {
            for (Node item : s.items()) {
                walk(item, v);
            }
            return;
        }
        if (!(node instanceof Node.Mapping m)) {
            return;
        }
        if (m.size() == 1) {
            Node.Entry call = m.single().orElseThrow();
            switch (call.key()) {
                case "Ref" -> {
                    if (call.value() instanceof Node.Scalar s && !s.isNull()) {
                        v.ref(s);
                    }
                }
                case "Fn::GetAtt" -> getAttResource(call.value()).ifPresent(v::getAtt);
                case "Fn::Sub" -> sub(call.value(), v);
                case "Fn::If" -> {
                    if (call.value() instanceof Node.Sequence seq && !seq.items().isEmpty()
                            && seq.items().get(0) instanceof Node.Scalar s) {
                        v.ifCondition(s);
                    }
                }
                default -> {
                }
            }
        }
        for (Node.Entry e : m.entries().values()) {
            walk(e.value(), v);
        }
    }

    /** The resource of {@code A.B} or {@code [A, B]}. */
    private static Optional<Node.Scalar> getAttResource(Node arg) {
        if (arg instanceof Node.Scalar s && s.text().contains(".")) {
            String resource = s.text().substring(0, s.text().indexOf('.'));
            return Optional.of(new Node.Scalar(resource, s.type(), s.at()));
        }
        if (arg instanceof Node.Sequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof Node.Scalar s
                && !s.isNull()) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    private static void sub(Node arg, Visitor v) {
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
        if (text == null || text.isNull()) {
            return;
        }
        for (String variable : subVariables(text.text())) {
            if (!locals.contains(variable)) {
                v.subVariable(variable, text);
            }
        }
    }

    /** The variables of an {@code Fn::Sub} string, as {@code Fn::Sub} reads them: {@code ${!Literal}} is none. */
    static List<String> subVariables(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (close < 0) {
                return out;
            }
            String name = text.substring(open + 2, close).strip();
            if (!name.isEmpty() && !name.startsWith("!")) {
                out.add(name);
            }
            i = close + 1;
        }
    }

    /**
     * The resource a {@code ${Resource.Attribute}} variable names, or null when it names no
     * attribute (or is malformed: {@code ${B.}}, see {@link #malformed}).
     */
    static String attributeOwner(String variable) {
        int dot = variable.indexOf('.');
        return dot > 0 && !malformed(variable) && !variable.startsWith(PseudoParameters.PREFIX)
                ? variable.substring(0, dot) : null;
    }

    /** A variable with an empty name on either side of a dot: {@code ${B.}}, {@code ${.Arn}}, {@code ${B..Arn}}. */
    static boolean malformed(String variable) {
        return variable.startsWith(".") || variable.endsWith(".") || variable.contains("..");
    }
}
