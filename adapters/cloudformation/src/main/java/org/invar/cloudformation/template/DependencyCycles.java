package org.invar.cloudformation.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;

/**
 * Refuses resources that need each other in a circle, as CloudFormation does: a resource is
 * created after every resource its {@code DependsOn} names and every resource it refers to with
 * {@code Ref}, {@code Fn::GetAtt} or an {@code Fn::Sub} variable ({@code ${X}}, {@code ${X.Attr}})
 * anywhere in its definition, in both branches of an {@code Fn::If} (CloudFormation orders
 * resources before it decides conditions). Outputs and conditions are not resources and make no
 * circle. A resource that refers to itself is a circle of one.
 *
 * <p>The error is at the reference that closes the circle, names the whole path
 * ({@code Web -> App -> Web}) and each step's reference, and says how authors break such a
 * circle: security groups whose rules name each other take those rules out into
 * {@code AWS::EC2::SecurityGroupIngress} / {@code SecurityGroupEgress} resources.
 *
 * <p>With a {@code Transform} or unexpanded {@code Fn::ForEach} only {@code DependsOn} counts:
 * macros rewrite the resources, and the references among what they make are theirs.
 */
final class DependencyCycles {
    /**
     * One resource's need of another and where it is written: {@code via} and {@code name} make
     * the words ({@code Ref to App}) only when a circle is reported, not for every reference.
     */
    private record Edge(String target, String via, String name, long at) {
        static final String DEPENDS_ON = "DependsOn ";
        static final String SUB = "Fn::Sub variable ${";

        String written() {
            return via + name + (via.equals(SUB) ? "}" : "");
        }

        Pos pos() {
            return Pos.unpack(at);
        }

        boolean dependsOn() {
            return via.equals(DEPENDS_ON);
        }
    }

    /** Parts of a resource that hold no references to other resources. */
    private static final Set<String> NOT_REFERENCES = Set.of("Type", "Condition", "DependsOn", "DeletionPolicy",
            "UpdateReplacePolicy");

    private static final String SECURITY_GROUP = "AWS::EC2::SecurityGroup";

    private final String file;
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Map<String, Edge>> edges = new LinkedHashMap<>();

    private DependencyCycles(String file) {
        this.file = file;
    }

    static void check(String file, Node.Mapping resources, boolean resourcesMayBeGenerated) {
        DependencyCycles graph = new DependencyCycles(file);
        Set<String> names = resources.entries().keySet();
        for (Node.Entry e : resources.entries().values()) {
            graph.order.put(e.key(), graph.order.size());
            if (!(e.value() instanceof Node.Mapping m)) {
                continue;
            }
            if (m.get("Type").orElse(null) instanceof Node.Scalar type) {
                graph.types.put(e.key(), type.text());
            }
            Map<String, Edge> out = graph.edges.computeIfAbsent(e.key(), k -> new LinkedHashMap<>());
            m.get("DependsOn").ifPresent(d -> DependsOnCheck.targets(file, e.key(), d, names, resourcesMayBeGenerated)
                    .forEach(t -> out.putIfAbsent(t.text(), new Edge(t.text(), Edge.DEPENDS_ON, t.text(), t.at()))));
            if (!resourcesMayBeGenerated) {
                graph.references(e.key(), m, names, out);
            }
        }
        graph.refuseCircles();
    }

    private void references(String resource, Node.Mapping definition, Set<String> names, Map<String, Edge> out) {
        ReferenceWalker.Visitor collect = new ReferenceWalker.Visitor() {
            @Override
            public void ref(Node.Scalar name) {
                add(name.text(), "Ref to ", name.text(), name.at());
            }

            @Override
            public void getAtt(Node.Scalar target) {
                add(target.text(), "Fn::GetAtt of ", target.text(), target.at());
            }

            @Override
            public void subVariable(String variable, Node.Scalar text) {
                String owner = ReferenceWalker.attributeOwner(variable);
                add(owner != null ? owner : variable, Edge.SUB, variable, text.at());
            }

            private void add(String target, String via, String name, long at) {
                if (target.equals(resource)) {
                    throw refersToItself(resource, new Edge(target, via, name, at));
                }
                if (names.contains(target) && !out.containsKey(target)) {
                    out.put(target, new Edge(target, via, name, at));
                }
            }
        };
        for (Node.Entry part : definition.entries().values()) {
            if (!NOT_REFERENCES.contains(part.key())) {
                ReferenceWalker.walk(part.value(), collect);
            }
        }
    }

    /** Depth first, without recursion (a long chain must not overflow the stack). */
    private void refuseCircles() {
        Map<String, Integer> state = new HashMap<>(); // absent: not seen, 1: on the path, 2: done
        for (String start : edges.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<Edge>> next = new ArrayDeque<>();
            path.push(start);
            next.push(out(start).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                if (!next.peek().hasNext()) {
                    state.put(path.pop(), 2);
                    next.pop();
                    continue;
                }
                Edge edge = next.peek().next();
                Integer seen = state.get(edge.target());
                if (seen == null) {
                    state.put(edge.target(), 1);
                    path.push(edge.target());
                    next.push(out(edge.target()).iterator());
                } else if (seen == 1) {
                    throw circle(path, edge.target());
                }
            }
        }
    }

    private Iterable<Edge> out(String resource) {
        return edges.getOrDefault(resource, Map.of()).values();
    }

    /** The circle through {@code closing} on the current path, begun at the resource declared first. */
    private RuntimeException circle(Deque<String> path, String closing) {
        List<String> circle = new ArrayList<>();
        for (Iterator<String> i = path.descendingIterator(); i.hasNext(); ) {
            String r = i.next();
            if (r.equals(closing) || !circle.isEmpty()) {
                circle.add(r);
            }
        }
        int first = 0;
        for (int i = 1; i < circle.size(); i++) {
            if (order.get(circle.get(i)) < order.get(circle.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(circle.subList(first, circle.size()));
        rotated.addAll(circle.subList(0, first));
        List<String> steps = new ArrayList<>();
        Edge last = null;
        for (int i = 0; i < rotated.size(); i++) {
            String from = rotated.get(i);
            last = edges.get(from).get(rotated.get((i + 1) % rotated.size()));
            steps.add(from + ": " + last.written() + " at " + last.pos());
        }
        rotated.add(rotated.get(0));
        return TemplateSyntax.error(file, last.pos(), "resources need each other in a circle, so CloudFormation cannot"
                + " create any of them: " + String.join(" -> ", rotated) + " (" + String.join("; ", steps) + "); "
                + advice(rotated));
    }

    private RuntimeException refersToItself(String resource, Edge self) {
        boolean group = SECURITY_GROUP.equals(types.get(resource));
        return TemplateSyntax.error(file, self.pos(), "resource " + resource + " refers to itself (" + self.written()
                + "), so CloudFormation cannot create it: " + (group
                ? "take the rule that names its own group out into an AWS::EC2::SecurityGroupIngress (or"
                        + " SecurityGroupEgress) resource with GroupId: !Ref " + resource + " and SourceSecurityGroupId: !Ref "
                        + resource + ", which CloudFormation creates after the group"
                : "a resource's properties cannot use its own id or attributes; write the value another way"));
    }

    /** How an author breaks this circle. */
    private String advice(List<String> circle) {
        List<String> groups = circle.stream().filter(r -> SECURITY_GROUP.equals(types.get(r))).distinct().toList();
        if (groups.size() >= 2) {
            return "security groups whose rules name each other: take one group's rule that names the other out into a"
                    + " separate AWS::EC2::SecurityGroupIngress (or SecurityGroupEgress) resource, e.g. GroupId: !Ref "
                    + groups.get(0) + " and SourceSecurityGroupId: !Ref " + groups.get(1)
                    + ", which CloudFormation creates after both groups";
        }
        boolean dependsOn = false;
        for (int i = 0; i + 1 < circle.size(); i++) {
            dependsOn |= edges.get(circle.get(i)).get(circle.get(i + 1)).dependsOn();
        }
        return (dependsOn ? "remove a DependsOn that is not needed, or make" : "make") + " one of them not need the"
                + " other: pass the value another way, or link them with a separate resource created after both (as"
                + " AWS::EC2::SecurityGroupIngress links security groups, AWS::Lambda::Permission a function and what"
                + " invokes it)";
    }
}
