package org.invar.model.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;

/**
 * Puts the edges a file gives in an order that reproduces every relation's target order. A model
 * keeps each relation's targets in the order the edges were added, and an edge added on one side of
 * a pair ({@code subnet.az}) also lands on the other ({@code az.subnet}), so relating entity by
 * entity would scramble the order of the other side. Each listed relation is a chain of edges; a
 * topological order of all chains adds every edge after the ones listed before it on both of its
 * sides. A file written from a model always has such an order (the order the model was built in),
 * so a written model reads back with the same target orders, and derivations that depend on them
 * come out the same. A hand-written file whose two sides disagree gets the nearest order.
 */
final class EdgeOrder {
    /** An edge to add: {@code from}'s relation to {@code target}, first given at line:column. */
    static final class Edge {
        final EntityBuilder from;
        final String relation;
        final String target;
        final int line;
        final int column;
        private List<Edge> next;
        private int waiting;
        private boolean done;
        private int lastChain = -1;

        Edge(EntityBuilder from, String relation, String target, int line, int column) {
            this.from = from;
            this.relation = relation;
            this.target = target;
            this.line = line;
            this.column = column;
        }
    }

    /** The same edge seen from either side of a relation pair has the same key. */
    private record Key(String relation, String a, String b) {
        /**
         * Mixed, not the record's default: ids such as {@code s12} and {@code az1} have string hashes
         * that combine linearly, and {@code 31 * hash(a) + hash(b)} would put thousands of edges of
         * one relation in the same bucket.
         */
        @Override
        public int hashCode() {
            int h = Integer.rotateLeft(relation.hashCode() * 0x9E3779B9 + a.hashCode(), 15);
            h = Integer.rotateLeft(h * 0x85EBCA6B + b.hashCode(), 13);
            return h * 0xC2B2AE35;
        }
    }

    private final Schema schema;
    private final Map<Key, Edge> edges = new HashMap<>();
    private final List<Edge> created = new ArrayList<>();
    private final List<Key[]> chains = new ArrayList<>();
    private final Map<RelationDef, Side> sides = new IdentityHashMap<>();

    EdgeOrder(Schema schema) {
        this.schema = schema;
    }

    /** A relation the file gives: its edges are added, in this order. */
    void given(EntityBuilder from, RelationDef relation, String[] targets, int[] lines, int[] columns) {
        Key[] chain = chain(from.kind(), from.id(), relation, targets);
        for (int i = 0; i < chain.length; i++) {
            if (!edges.containsKey(chain[i])) {
                Edge e = new Edge(from, relation.name(), targets[i], lines[i], columns[i]);
                edges.put(chain[i], e);
                created.add(e);
            }
        }
        chains.add(chain);
    }

    /**
     * A derived relation the file lists whose inverse is read ({@code az.target} of {@code
     * target.az}): it adds no edge, but the order it lists them in is kept.
     */
    void ordering(String kind, String id, RelationDef relation, String[] targets) {
        chains.add(chain(kind, id, relation, targets));
    }

    private Key[] chain(String kind, String id, RelationDef relation, String[] targets) {
        Side side = sides.computeIfAbsent(relation, r -> side(kind, r));
        Key[] chain = new Key[targets.length];
        for (int i = 0; i < targets.length; i++) {
            chain[i] = side.flip ? new Key(side.pair, targets[i], id) : new Key(side.pair, id, targets[i]);
        }
        return chain;
    }

    /** The name both sides of a pair share (one instance, so keys compare it by identity), and which side this is. */
    private record Side(String pair, boolean flip) {
    }

    private Side side(String kind, RelationDef relation) {
        String name = kind + "." + relation.name();
        String inverse = schema.inverse(kind, relation.name()).map(r -> relation.target() + "." + r).orElse(null);
        boolean flip = inverse != null && inverse.compareTo(name) < 0;
        return new Side((flip ? inverse : name).intern(), flip);
    }

    /** Every given edge once, each after the edges listed before it in any chain it is in. */
    List<Edge> sorted() {
        for (int c = 0; c < chains.size(); c++) {
            Edge previous = null;
            for (Key key : chains.get(c)) {
                Edge e = edges.get(key);
                if (e == null || e.lastChain == c) {
                    continue;
                }
                e.lastChain = c;
                if (previous != null) {
                    if (previous.next == null) {
                        previous.next = new ArrayList<>(2);
                    }
                    previous.next.add(e);
                    e.waiting++;
                }
                previous = e;
            }
        }
        chains.clear();
        ArrayDeque<Edge> ready = new ArrayDeque<>();
        for (Edge e : created) {
            if (e.waiting == 0) {
                ready.add(e);
            }
        }
        List<Edge> order = new ArrayList<>(created.size());
        int forced = 0;
        while (order.size() < created.size()) {
            if (ready.isEmpty()) {
                // The chains contradict each other (a hand-written file): take the earliest edge left.
                while (created.get(forced).done) {
                    forced++;
                }
                ready.add(created.get(forced));
            }
            Edge e = ready.poll();
            if (e.done) {
                continue;
            }
            e.done = true;
            order.add(e);
            if (e.next != null) {
                for (Edge n : e.next) {
                    if (--n.waiting == 0 && !n.done) {
                        ready.add(n);
                    }
                }
            }
        }
        return order;
    }
}
