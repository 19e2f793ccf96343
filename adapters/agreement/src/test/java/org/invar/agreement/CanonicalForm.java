package org.invar.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;

/**
 * Two models compared up to entity ids. Each entity is first described by its kind and its
 * attribute values (a known value, unknown, or absent; the reason of an unknown is wording and
 * is left out); then, round after round, by its own description and the descriptions of the
 * targets of each of its relations (and whether the relation is known), as the Weisfeiler-Lehman
 * refinement does for graphs. Both models are refined with one dictionary of descriptions, so a
 * label means the same in both, until the number of distinct labels stops growing. Two
 * isomorphic models have, kind by kind, the same multiset of labels; when they do not, the first
 * round that tells them apart names the attribute or the relation that differs.
 *
 * <p>A symbolic entity (the zone of a subnet whose zone is not known, {@code zone of Subnet0} in
 * one model and {@code zone of aws_subnet.s0} in the other) is described like any other, its id
 * and meaning left out, plus that it is symbolic; which entity it stands in for and which
 * entities it may be the same as are followed as edges ({@link IdentityEdges}).
 */
final class CanonicalForm {
    /** A field (attribute or relation) of a kind left out of the comparison, and why. */
    record Exclusion(String kind, String field, String reason) {
    }

    /** An entity of one of the two models. */
    private record Node(int kind, int index) {
    }

    private final Model[] models;
    private final String[] names;
    private final List<Exclusion> exclusions;
    private final Map<String, Integer> dictionary = new HashMap<>();
    /** labels[model][round][kind][entity]. */
    private final List<List<int[][]>> labels = List.of(new ArrayList<>(), new ArrayList<>());
    private final List<String> differences = new ArrayList<>();

    private CanonicalForm(Model a, String nameA, Model b, String nameB, List<Exclusion> exclusions) {
        this.models = new Model[] {a, b};
        this.names = new String[] {nameA, nameB};
        this.exclusions = List.copyOf(exclusions);
        refine();
        compare();
    }

    static CanonicalForm of(Model a, String nameA, Model b, String nameB, List<Exclusion> exclusions) {
        if (!a.schema().kinds().equals(b.schema().kinds())) {
            throw new IllegalArgumentException("the models have different schemas");
        }
        return new CanonicalForm(a, nameA, b, nameB, exclusions);
    }

    /** What tells the models apart, one line each; empty when they are equal up to ids. */
    List<String> differences() {
        return differences;
    }

    /** The final label of an entity of model 0 or 1: equal labels, equal entities up to ids. */
    int label(int model, String kind, String id) {
        EntityTable t = models[model].table(kind);
        int index = t.find(id).orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + id));
        List<int[][]> rounds = labels.get(model);
        return rounds.get(rounds.size() - 1)[t.kindIndex()][index];
    }

    /** Kind, attributes and existence: the description of round 0. */
    String describe(int model, String kind, String id) {
        EntityTable t = models[model].table(kind);
        return describe(t, t.find(id).orElseThrow());
    }

    private boolean excluded(String kind, String field) {
        return exclusions.stream().anyMatch(e -> e.kind().equals(kind) && e.field().equals(field));
    }

    private int intern(String description) {
        return dictionary.computeIfAbsent(description, d -> dictionary.size());
    }

    private String describe(EntityTable t, int e) {
        KindDef kind = t.kind();
        StringBuilder sb = new StringBuilder(kind.name()).append('{');
        String sep = "";
        for (int a = 0; a < kind.attributes().size(); a++) {
            AttributeDef def = kind.attributes().get(a);
            Column c = t.column(a);
            if (c.state(e) == Column.ABSENT || excluded(kind.name(), def.name())) {
                continue;
            }
            sb.append(sep).append(def.name()).append('=').append(show(c.value(e)));
            sep = ", ";
        }
        if (t.existenceUnknown(e) != null) {
            sb.append(sep).append("(may not exist)");
            sep = ", ";
        }
        String identity = IdentityEdges.describe(t, e);
        if (!identity.isEmpty()) {
            sb.append(sep).append(identity);
        }
        return sb.append('}').toString();
    }

    private static String show(Value v) {
        if (v instanceof Value.Unknown) {
            return "unknown";
        } else if (v instanceof Value.Str s) {
            return '"' + s.value() + '"';
        } else if (v instanceof Value.ListValue l) {
            return l.elements().stream().map(CanonicalForm::show).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.display();
    }

    private void refine() {
        for (int m = 0; m < 2; m++) {
            int[][] round0 = new int[models[m].tables().size()][];
            for (EntityTable t : models[m].tables()) {
                int[] l = new int[t.size()];
                for (int e = 0; e < t.size(); e++) {
                    l[e] = intern(describe(t, e));
                }
                round0[t.kindIndex()] = l;
            }
            labels.get(m).add(round0);
        }
        int classes = distinct();
        for (int round = 1; round <= 16; round++) {
            for (int m = 0; m < 2; m++) {
                List<int[][]> rounds = labels.get(m);
                int[][] previous = rounds.get(rounds.size() - 1);
                int[][] next = new int[previous.length][];
                for (EntityTable t : models[m].tables()) {
                    int[] l = new int[t.size()];
                    for (int e = 0; e < t.size(); e++) {
                        l[e] = intern(signature(m, t, e, previous));
                    }
                    next[t.kindIndex()] = l;
                }
                rounds.add(next);
            }
            int now = distinct();
            if (now == classes) {
                break;
            }
            classes = now;
        }
    }

    /**
     * An entity's label of the previous round and, per relation and per identity edge
     * ({@link IdentityEdges}), its targets' labels of that round.
     */
    private String signature(int model, EntityTable t, int e, int[][] previous) {
        StringBuilder sb = new StringBuilder().append(previous[t.kindIndex()][e]);
        for (int r = 0; r < t.kind().relations().size(); r++) {
            RelationDef def = t.kind().relations().get(r);
            if (excluded(t.kind().name(), def.name())) {
                continue;
            }
            Relation rel = t.relation(r);
            sb.append('|').append(def.name()).append(rel.unknownReason(e) != null ? "?" : "").append(':');
            List<Integer> targets = new ArrayList<>();
            for (int s = rel.start(e); s < rel.end(e); s++) {
                targets.add(previous[rel.targetKind()][rel.target(s)]);
            }
            targets.sort(Integer::compare);
            sb.append(targets);
        }
        edgeSignatures(model, t, e, previous).forEach((name, targets) -> sb.append('|').append(name).append(':')
                .append(targets));
        return sb.toString();
    }

    private int distinct() {
        List<int[][]> a = labels.get(0);
        List<int[][]> b = labels.get(1);
        java.util.Set<Integer> all = new java.util.HashSet<>();
        for (int[][] round : List.of(a.get(a.size() - 1), b.get(b.size() - 1))) {
            for (int[] kind : round) {
                for (int l : kind) {
                    all.add(l);
                }
            }
        }
        return all.size();
    }

    private void compare() {
        int rounds = labels.get(0).size();
        for (int round = 0; round < rounds; round++) {
            for (KindDef kind : models[0].schema().kinds()) {
                int k = models[0].schema().kindIndex(kind.name());
                Map<Integer, Integer> count = new TreeMap<>();
                for (int l : labels.get(0).get(round)[k]) {
                    count.merge(l, 1, Integer::sum);
                }
                for (int l : labels.get(1).get(round)[k]) {
                    count.merge(l, -1, Integer::sum);
                }
                count.values().removeIf(c -> c == 0);
                if (!count.isEmpty()) {
                    report(round, k, count);
                }
            }
            if (!differences.isEmpty()) {
                return;
            }
        }
    }

    /** Names what differs among the entities of a kind whose labels of this round have no partner. */
    private void report(int round, int kind, Map<Integer, Integer> surplus) {
        List<List<Node>> unmatched = List.of(new ArrayList<>(), new ArrayList<>());
        for (int m = 0; m < 2; m++) {
            int[] l = labels.get(m).get(round)[kind];
            boolean first = m == 0;
            Map<Integer, Integer> left = new HashMap<>();
            surplus.forEach((label, c) -> {
                if (first ? c > 0 : c < 0) {
                    left.put(label, Math.abs(c));
                }
            });
            for (int e = 0; e < l.length; e++) {
                if (left.getOrDefault(l[e], 0) > 0) {
                    left.merge(l[e], -1, Integer::sum);
                    unmatched.get(m).add(new Node(kind, e));
                }
            }
        }
        String kindName = models[0].schema().kind(kind).name();
        StringBuilder sb = new StringBuilder(kindName).append(": ");
        sb.append(unmatched.get(0).size()).append(" only in ").append(names[0]).append(", ")
                .append(unmatched.get(1).size()).append(" only in ").append(names[1]);
        List<Node> others = new ArrayList<>(unmatched.get(1));
        for (Node a : unmatched.get(0)) {
            Node partner = closest(round, a, others);
            sb.append("\n  ").append(names[0]).append(' ').append(full(0, a));
            if (partner != null) {
                others.remove(partner);
                sb.append("\n  ").append(names[1]).append(' ').append(full(1, partner));
                sb.append("\n    differ in: ").append(String.join(", ", fieldsThatDiffer(round, a, partner)));
            }
        }
        for (Node b : others) {
            sb.append("\n  ").append(names[1]).append(' ').append(full(1, b));
        }
        differences.add(sb.toString());
    }

    /** The entity of the other model most like this one: same label a round earlier, fewest fields apart. */
    private Node closest(int round, Node a, List<Node> candidates) {
        Node best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Node b : candidates) {
            int score = fieldsThatDiffer(round, a, b).size()
                    + (round > 0 && labels.get(0).get(round - 1)[a.kind()][a.index()]
                    != labels.get(1).get(round - 1)[b.kind()][b.index()] ? 100 : 0);
            if (score < bestScore) {
                best = b;
                bestScore = score;
            }
        }
        return best;
    }

    private List<String> fieldsThatDiffer(int round, Node a, Node b) {
        List<String> fields = new ArrayList<>();
        EntityTable ta = models[0].table(a.kind());
        EntityTable tb = models[1].table(b.kind());
        KindDef kind = ta.kind();
        for (int i = 0; i < kind.attributes().size(); i++) {
            String name = kind.attributes().get(i).name();
            if (!excluded(kind.name(), name)
                    && !Objects.equals(show(ta.column(i), a.index()), show(tb.column(i), b.index()))) {
                fields.add(name);
            }
        }
        if (!Objects.equals(ta.existenceUnknown(a.index()) == null, tb.existenceUnknown(b.index()) == null)) {
            fields.add("(existence)");
        }
        if (!IdentityEdges.describe(ta, a.index()).equals(IdentityEdges.describe(tb, b.index()))) {
            fields.add("(symbolic)");
        }
        if (round > 0) {
            int[][] prevA = labels.get(0).get(round - 1);
            int[][] prevB = labels.get(1).get(round - 1);
            for (int r = 0; r < kind.relations().size(); r++) {
                String name = kind.relations().get(r).name();
                if (!excluded(kind.name(), name)
                        && !relationSignature(ta.relation(r), a.index(), prevA).equals(
                        relationSignature(tb.relation(r), b.index(), prevB))) {
                    fields.add(name);
                }
            }
            Map<String, List<Integer>> edgesA = edgeSignatures(0, ta, a.index(), prevA);
            Map<String, List<Integer>> edgesB = edgeSignatures(1, tb, b.index(), prevB);
            Set<String> names = new TreeSet<>(edgesA.keySet());
            names.addAll(edgesB.keySet());
            for (String name : names) {
                if (!Objects.equals(edgesA.get(name), edgesB.get(name))) {
                    fields.add(name);
                }
            }
        }
        return fields;
    }

    private static String show(Column c, int e) {
        return c.state(e) == Column.ABSENT ? "(absent)" : show(c.value(e));
    }

    /** Per identity edge of an entity, by name, its targets' labels of the previous round. */
    private Map<String, List<Integer>> edgeSignatures(int model, EntityTable t, int e, int[][] previous) {
        Map<String, List<Integer>> out = new TreeMap<>();
        for (IdentityEdges.Edges edges : IdentityEdges.of(models[model], t, e)) {
            List<Integer> targets = new ArrayList<>();
            for (int target : edges.targets()) {
                targets.add(previous[edges.targetKind()][target]);
            }
            targets.sort(Integer::compare);
            out.put(edges.name(), targets);
        }
        return out;
    }

    private static String relationSignature(Relation rel, int e, int[][] previous) {
        List<Integer> targets = new ArrayList<>();
        for (int s = rel.start(e); s < rel.end(e); s++) {
            targets.add(previous[rel.targetKind()][rel.target(s)]);
        }
        targets.sort(Integer::compare);
        return (rel.unknownReason(e) != null ? "?" : "") + targets;
    }

    /** Attributes, and each relation's targets by their attributes: what a reader needs to see a difference. */
    private String full(int model, Node n) {
        EntityTable t = models[model].table(n.kind());
        StringBuilder sb = new StringBuilder(t.id(n.index())).append(' ').append(describe(t, n.index()));
        for (int r = 0; r < t.kind().relations().size(); r++) {
            Relation rel = t.relation(r);
            String why = rel.unknownReason(n.index());
            if (rel.count(n.index()) == 0 && why == null) {
                continue;
            }
            EntityTable target = models[model].table(rel.targetKind());
            List<String> targets = new ArrayList<>();
            for (int s = rel.start(n.index()); s < rel.end(n.index()); s++) {
                targets.add(describe(target, rel.target(s)));
            }
            targets.sort(String::compareTo);
            sb.append("\n      ").append(t.kind().relations().get(r).name())
                    .append(why != null ? " (unknown: " + why + ")" : "").append(" -> ").append(targets);
        }
        for (IdentityEdges.Edges edges : IdentityEdges.of(models[model], t, n.index())) {
            EntityTable target = models[model].table(edges.targetKind());
            List<String> targets = new ArrayList<>();
            for (int e : edges.targets()) {
                // With ids: symbolic zones look alike by their attributes.
                targets.add(target.id(e) + " " + describe(target, e));
            }
            targets.sort(String::compareTo);
            if (!targets.isEmpty()) {
                sb.append("\n      ").append(edges.name()).append(" -> ").append(targets);
            }
        }
        return sb.toString();
    }
}
