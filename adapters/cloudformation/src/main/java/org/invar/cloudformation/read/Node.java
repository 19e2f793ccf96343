package org.invar.cloudformation.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template as read from YAML or JSON: scalars, sequences and mappings, each with the position
 * it started at. YAML short-form tags are already expanded ({@code !Ref X} reads as the mapping
 * {@code {Ref: X}}), so the resolver sees one form whatever the syntax.
 *
 * <pre>{@code
 * Node.Mapping resources = (Node.Mapping) root.get("Resources").orElseThrow();
 * }</pre>
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    Pos pos();

    /** What kind of value a scalar is, by the YAML 1.2 core schema or by its JSON token. */
    enum ScalarType { STRING, NUMBER, BOOL, NULL }

    /** A string, number, boolean or null, with its text as written (unquoted). */
    record Scalar(String text, ScalarType type, Pos pos) implements Node {
        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    record Sequence(List<Node> items, Pos pos) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping with string keys, in the order written; keys are unique. {@code entries} is immutable. */
    record Mapping(Map<String, Entry> entries, Pos pos) implements Node {
        public Mapping {
            entries = MappingEntries.copyOf(entries);
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
            return new Mapping(new MappingEntries(new Entry[] {new Entry(key, pos, value)}), pos);
        }
    }

    /** One key of a mapping, with where the key was written. */
    record Entry(String key, Pos keyPos, Node value) {
    }
}
