package org.invar.cloudformation.resolve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.template.Output;
import org.invar.cloudformation.template.Resource;
import org.invar.cloudformation.template.Template;

/**
 * How many elements a list parameter without a value certainly has, from how the template uses
 * it: at least one (a list of subnets or groups is never empty where it is required), two when it
 * is the {@code Subnets} of an application load balancer (AWS requires subnets in two zones), and
 * {@code i + 1} when {@code !Select [i, !Ref P]} takes its element i (the stack would fail
 * otherwise). Read from the template as written, so it does not depend on which properties were
 * resolved first; a use under a condition or with a computed index is not counted.
 */
final class ListParameterLengths {
    private static final String LOAD_BALANCER = "AWS::ElasticLoadBalancingV2::LoadBalancer";

    private ListParameterLengths() {
    }

    static int certain(Template template, String parameter) {
        int n = 1;
        Deque<Node> pending = new ArrayDeque<>();
        for (Resource r : template.resources().values()) {
            if (isApplicationLoadBalancer(r) && r.property("Subnets").map(s -> refersTo(s, parameter)).orElse(false)) {
                n = Math.max(n, 2);
            }
            pending.add(r.properties());
        }
        for (Output out : template.outputs().values()) {
            pending.add(out.value());
        }
        template.conditions().values().forEach(c -> pending.add(c.value()));
        while (!pending.isEmpty()) {
            Node node = pending.poll();
            if (node instanceof Node.Sequence seq) {
                pending.addAll(seq.items());
            } else if (node instanceof Node.Mapping m) {
                n = Math.max(n, selected(m, parameter) + 1);
                m.entries().values().forEach(e -> pending.add(e.value()));
            }
        }
        return n;
    }

    /** Created for sure (no condition) and of type application (the default). */
    private static boolean isApplicationLoadBalancer(Resource r) {
        if (!r.type().equals(LOAD_BALANCER) || r.condition().isPresent()) {
            return false;
        }
        Optional<Node> type = r.property("Type");
        return type.isEmpty() || type.get() instanceof Node.Scalar s && s.text().equals("application");
    }

    private static boolean refersTo(Node n, String parameter) {
        return n instanceof Node.Mapping m && m.single().filter(e -> e.key().equals("Ref")).map(Node.Entry::value)
                .filter(v -> v instanceof Node.Scalar s && s.text().equals(parameter)).isPresent();
    }

    /** The index of {@code Fn::Select [index, !Ref parameter]} with a literal index, or -1. */
    private static int selected(Node.Mapping m, String parameter) {
        Node.Entry call = m.single().orElse(null);
        if (call == null || !call.key().equals("Fn::Select") || !(call.value() instanceof Node.Sequence args)
                || args.items().size() != 2 || !refersTo(args.items().get(1), parameter)
                || !(args.items().get(0) instanceof Node.Scalar index)) {
            return -1;
        }
        try {
            return Math.max(-1, Integer.parseInt(index.text().strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
