package org.invar.schema;

import java.util.List;
import java.util.Optional;

/**
 * A kind of entity (az, subnet, load_balancer, ...): its attributes and relations, each with an
 * index that is its position in the model's columnar storage.
 */
public record KindDef(String name, String doc, boolean derived, List<AttributeDef> attributes,
                      List<RelationDef> relations) {
    public KindDef {
        attributes = List.copyOf(attributes);
        relations = List.copyOf(relations);
    }

    public Optional<AttributeDef> attribute(String attribute) {
        return attributes.stream().filter(a -> a.name().equals(attribute)).findFirst();
    }

    public Optional<RelationDef> relation(String relation) {
        return relations.stream().filter(r -> r.name().equals(relation)).findFirst();
    }

    public int attributeIndex(String attribute) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(attribute)) {
                return i;
            }
        }
        return -1;
    }

    public int relationIndex(String relation) {
        for (int i = 0; i < relations.size(); i++) {
            if (relations.get(i).name().equals(relation)) {
                return i;
            }
        }
        return -1;
    }

    /** Names of attributes and relations, for "did you mean" suggestions. */
    public List<String> fieldNames() {
        return java.util.stream.Stream.concat(attributes.stream().map(AttributeDef::name),
                relations.stream().map(RelationDef::name)).toList();
    }
}
