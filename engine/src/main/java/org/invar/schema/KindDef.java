package org.invar.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A kind of entity (az, subnet, load_balancer, ...): its attributes and relations, each with an
 * index that is its position in the model's columnar storage. Look-ups by name are hashed: model
 * builders ask for every value they set.
 */
public final class KindDef {
    private final String name;
    private final String doc;
    private final boolean derived;
    private final List<AttributeDef> attributes;
    private final List<RelationDef> relations;
    private final Map<String, Integer> attributeIndex = new HashMap<>();
    private final Map<String, Integer> relationIndex = new HashMap<>();

    public KindDef(String name, String doc, boolean derived, List<AttributeDef> attributes,
                   List<RelationDef> relations) {
        this.name = Objects.requireNonNull(name, "name");
        this.doc = Objects.requireNonNull(doc, "doc");
        this.derived = derived;
        this.attributes = List.copyOf(attributes);
        this.relations = List.copyOf(relations);
        for (int i = 0; i < this.attributes.size(); i++) {
            attributeIndex.put(this.attributes.get(i).name(), i);
        }
        for (int i = 0; i < this.relations.size(); i++) {
            relationIndex.put(this.relations.get(i).name(), i);
        }
    }

    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    /** Whether the engine derives entities of this kind (lb_node) rather than reading them. */
    public boolean derived() {
        return derived;
    }

    public List<AttributeDef> attributes() {
        return attributes;
    }

    public List<RelationDef> relations() {
        return relations;
    }

    public Optional<AttributeDef> attribute(String attribute) {
        int i = attributeIndex(attribute);
        return i < 0 ? Optional.empty() : Optional.of(attributes.get(i));
    }

    public Optional<RelationDef> relation(String relation) {
        int i = relationIndex(relation);
        return i < 0 ? Optional.empty() : Optional.of(relations.get(i));
    }

    /** The position of an attribute, or -1. */
    public int attributeIndex(String attribute) {
        return attributeIndex.getOrDefault(attribute, -1);
    }

    /** The position of a relation, or -1. */
    public int relationIndex(String relation) {
        return relationIndex.getOrDefault(relation, -1);
    }

    /** Names of attributes and relations, for "did you mean" suggestions. */
    public List<String> fieldNames() {
        return Stream.concat(attributes.stream().map(AttributeDef::name), relations.stream().map(RelationDef::name))
                .toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KindDef k && name.equals(k.name) && doc.equals(k.doc) && derived == k.derived
                && attributes.equals(k.attributes) && relations.equals(k.relations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, attributes, relations);
    }

    @Override
    public String toString() {
        return "KindDef[" + name + "]";
    }
}
