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
import org.invar.model.Suggestions;

/**
 * Refuses the {@code DependsOn} lists CloudFormation refuses: a name that is no resource of the
 * template, a resource that depends on itself, and resources that depend on each other in a
 * circle. Checked for every resource, mapped by invar or not, because CloudFormation would stop
 * the deploy there.
 *
 * <p>A template with unexpanded {@code Fn::ForEach} loops or a {@code Transform} gets resources
 * at deploy time that are not written in it, so there a name that is not found is not an error.
 */
final class DependsOnCheck {
    private record Edge(String target, Pos pos) {
    }

    private final String file;
    private final Map<String, List<Edge>> edges = new LinkedHashMap<>();

    private DependsOnCheck(String file) {
        this.file = file;
    }

    static void check(String file, Node.Mapping resources, boolean resourcesMayBeGenerated) {
        DependsOnCheck check = new DependsOnCheck(file);
        Set<String> names = resources.entries().keySet();
        for (Node.Entry e : resources.entries().values()) {
            if (e.value() instanceof Node.Mapping m) {
                m.get("DependsOn").ifPresent(d -> check.read(e.key(), d, names, resourcesMayBeGenerated));
            }
        }
        check.refuseCircles();
    }

    private void read(String resource, Node dependsOn, Set<String> names, boolean mayBeGenerated) {
        List<Node> items = dependsOn instanceof Node.Sequence s ? s.items() : List.of(dependsOn);
        List<Edge> out = edges.computeIfAbsent(resource, k -> new ArrayList<>());
        for (Node item : items) {
            if (!(item instanceof Node.Scalar s) || s.isNull()) {
                throw TemplateSyntax.error(file, item.pos(), "the DependsOn of resource " + resource
                        + " must be a resource's logical id or a list of them");
            }
            String target = s.text();
            if (target.equals(resource)) {
                throw TemplateSyntax.error(file, s.pos(), "resource " + resource
                        + " depends on itself; remove it from its DependsOn");
            }
            if (!names.contains(target)) {
                if (mayBeGenerated) {
                    continue;
                }
                throw TemplateSyntax.error(file, s.pos(), "DependsOn of resource " + resource + " names " + target
                        + ", which is no resource of this template" + Suggestions.didYouMean(target, names));
            }
            out.add(new Edge(target, s.pos()));
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
            next.push(edges.getOrDefault(start, List.of()).iterator());
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
                    next.push(edges.getOrDefault(edge.target(), List.of()).iterator());
                } else if (seen == 1) {
                    throw circle(path, edge);
                }
            }
        }
    }

    private RuntimeException circle(Deque<String> path, Edge closing) {
        List<String> circle = new ArrayList<>();
        for (Iterator<String> i = path.descendingIterator(); i.hasNext(); ) {
            String r = i.next();
            if (r.equals(closing.target()) || !circle.isEmpty()) {
                circle.add(r);
            }
        }
        circle.add(closing.target());
        return TemplateSyntax.error(file, closing.pos(), "resources depend on each other in a circle through DependsOn: "
                + String.join(" -> ", circle) + "; CloudFormation cannot create any of them: remove one of these DependsOn");
    }
}
