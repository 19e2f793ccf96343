package org.invar.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of entity a model may hold, as data. Schema v1 ({@link #v1()}) describes AWS
 * networking, load balancing, ECS, Auto Scaling, RDS and S3; users and adapters extend it with
 * their own kinds and attributes, and the type checker knows whatever it holds.
 *
 * <p>Relations may come in pairs ({@code subnet.az} and {@code az.subnet}): an edge given on
 * one side is known from the other.
 *
 * <pre>{@code
 * Schema mine = Schema.v1().toBuilder()
 *         .attribute("bucket", new AttributeDef("owner_team", ValueType.STRING, false, "team that owns it"))
 *         .build();
 * }</pre>
 */
public final class Schema {
    private final List<KindDef> kinds;
    private final Map<String, Integer> index;
    private final Map<String, String> inverses;
    private final Map<String, Map<String, String>> inverseByKind = new java.util.HashMap<>();

    private Schema(List<KindDef> kinds, Map<String, String> inverses) {
        this.kinds = List.copyOf(kinds);
        this.index = new LinkedHashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            index.put(kinds.get(i).name(), i);
        }
        this.inverses = Map.copyOf(inverses);
        inverses.forEach((from, to) -> inverseByKind
                .computeIfAbsent(from.substring(0, from.indexOf('.')), k -> new java.util.HashMap<>())
                .put(from.substring(from.indexOf('.') + 1), to.substring(to.indexOf('.') + 1)));
    }

    /** Schema v1 of the design. */
    public static Schema v1() {
        return SchemaV1.SCHEMA;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<KindDef> kinds() {
        return kinds;
    }

    public Optional<KindDef> kind(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(kinds.get(i));
    }

    public KindDef kind(int kindIndex) {
        return kinds.get(kindIndex);
    }

    /** The position of a kind, or -1. */
    public int kindIndex(String name) {
        return index.getOrDefault(name, -1);
    }

    /** The relation on the target kind that holds the same edges backwards, if the schema pairs one. */
    public Optional<String> inverse(String kind, String relation) {
        Map<String, String> ofKind = inverseByKind.get(kind);
        return ofKind == null ? Optional.empty() : Optional.ofNullable(ofKind.get(relation));
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        kinds.forEach(k -> b.kinds.put(k.name(), k));
        b.inverses.putAll(inverses);
        return b;
    }

    /** Builds a schema: kinds, attributes and relations added to it, and relation pairs. */
    public static final class Builder {
        private final Map<String, KindDef> kinds = new LinkedHashMap<>();
        private final Map<String, String> inverses = new LinkedHashMap<>();

        public Builder kind(String name, String doc) {
            return kind(name, doc, false);
        }

        public Builder kind(String name, String doc, boolean derived) {
            if (kinds.containsKey(name)) {
                throw new IllegalArgumentException("kind " + name + " is already defined");
            }
            kinds.put(name, new KindDef(name, doc, derived, List.of(), List.of()));
            return this;
        }

        public Builder attribute(String kind, AttributeDef attribute) {
            KindDef k = existing(kind);
            if (k.attribute(attribute.name()).isPresent() || k.relation(attribute.name()).isPresent()) {
                throw new IllegalArgumentException(kind + "." + attribute.name() + " is already defined");
            }
            List<AttributeDef> attributes = new ArrayList<>(k.attributes());
            attributes.add(attribute);
            kinds.put(kind, new KindDef(k.name(), k.doc(), k.derived(), attributes, k.relations()));
            return this;
        }

        public Builder relation(String kind, RelationDef relation) {
            KindDef k = existing(kind);
            if (k.attribute(relation.name()).isPresent() || k.relation(relation.name()).isPresent()) {
                throw new IllegalArgumentException(kind + "." + relation.name() + " is already defined");
            }
            List<RelationDef> relations = new ArrayList<>(k.relations());
            relations.add(relation);
            kinds.put(kind, new KindDef(k.name(), k.doc(), k.derived(), k.attributes(), relations));
            return this;
        }

        /** Declares {@code a} ("kind.relation") and {@code b} the same edges seen from either end. */
        public Builder inverse(String a, String b) {
            inverses.put(a, b);
            inverses.put(b, a);
            return this;
        }

        public Schema build() {
            for (KindDef k : kinds.values()) {
                for (RelationDef r : k.relations()) {
                    if (!kinds.containsKey(r.target())) {
                        throw new IllegalArgumentException(k.name() + "." + r.name() + " points to unknown kind "
                                + r.target());
                    }
                }
            }
            for (Map.Entry<String, String> e : inverses.entrySet()) {
                RelationDef a = relationOf(e.getKey());
                RelationDef b = relationOf(e.getValue());
                String aKind = e.getKey().substring(0, e.getKey().indexOf('.'));
                String bKind = e.getValue().substring(0, e.getValue().indexOf('.'));
                if (!a.target().equals(bKind) || !b.target().equals(aKind)) {
                    throw new IllegalArgumentException(e.getKey() + " and " + e.getValue() + " do not point at each other");
                }
            }
            return new Schema(new ArrayList<>(kinds.values()), inverses);
        }

        private RelationDef relationOf(String qualified) {
            int dot = qualified.indexOf('.');
            return existing(qualified.substring(0, dot)).relation(qualified.substring(dot + 1))
                    .orElseThrow(() -> new IllegalArgumentException("no relation " + qualified));
        }

        private KindDef existing(String kind) {
            KindDef k = kinds.get(kind);
            if (k == null) {
                throw new IllegalArgumentException("unknown kind " + kind);
            }
            return k;
        }
    }
}
