package org.invar.cloudformation.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template as read from YAML or JSON: scalars, sequences and mappings, each with the position
 * it started at (packed in a long, {@link Pos#packed()}). YAML short-form tags are already expanded ({@code !Ref X} reads as the mapping
 * {@code {Ref: X}}), so the resolver sees one form whatever the syntax.
 *
 * <pre>{@code
 * Node.Mapping resources = (Node.Mapping) root.get("Resources").orElseThrow();
 * }</pre>
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    Pos pos();

    /** {@link #pos()} packed ({@link Pos#pack}), without making a Pos. */
    long at();

    /** What kind of value a scalar is, by the YAML 1.2 core schema or by its JSON token. */
    enum ScalarType { STRING, NUMBER, BOOL, NULL }

    /** A string, number, boolean or null, with its text as written (unquoted). */
    record Scalar(String text, ScalarType type, long at) implements Node {
        public Scalar(String text, ScalarType type, Pos pos) {
            this(text, type, pos.packed());
        }

        @Override
        public Pos pos() {
            return Pos.unpack(at);
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    record Sequence(List<Node> items, long at) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Pos pos() {
            return Pos.unpack(at);
        }
    }

    /** A mapping with string keys, in the order written; keys are unique. {@code entries} is immutable. */
    record Mapping(Map<String, Entry> entries, long at) implements Node {
        public Mapping {
            entries = MappingEntries.copyOf(entries);
        }

        public Mapping(Map<String, Entry> entries, Pos pos) {
            this(entries, pos.packed());
        }

        @Override
        public Pos pos() {
            return Pos.unpack(at);
        }

        public Optional<Node> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        public int size() {
            return entries.size();
        }

        /** The only entry, when there is exactly one (the shape of an intrinsic function call). */
        public Optional<Entry> single() {
            return entries.size() == 1 ? Optional.of(entries.values().iterator().next()) : Optional.empty();
        }

        /** A one-entry mapping, as a short-form tag expands to. */
        public static Mapping of(String key, Node value, Pos pos) {
            return of(key, value, pos.packed());
        }

        static Mapping of(String key, Node value, long at) {
            return new Mapping(new MappingEntries(new Entry[] {new Entry(key, at, value)}), at);
        }
    }

    /** One key of a mapping, with where the key was written. */
    record Entry(String key, long keyAt, Node value) {
        public Entry(String key, Pos keyPos, Node value) {
            this(key, keyPos.packed(), value);
        }

        public Pos keyPos() {
            return Pos.unpack(keyAt);
        }
    }
}
