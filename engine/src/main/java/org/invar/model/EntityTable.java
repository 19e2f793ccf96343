package org.invar.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.schema.KindDef;

/**
 * The entities of one kind, stored densely: an index per entity, one {@link Column} per
 * attribute and one {@link Relation} per relation, in the order of the kind's definition.
 */
public final class EntityTable {
    private final KindDef kind;
    private final int kindIndex;
    private final String[] ids;
    private final Origin[] origins;
    private final Column[] columns;
    private final Relation[] relations;
    private final Map<Integer, String> existenceUnknown;
    private final boolean anyExistenceUnknown;
    private final Map<Integer, List<Suppression>> suppressions;
    private final Identities identities;
    private volatile Map<String, Integer> byId;

    EntityTable(KindDef kind, int kindIndex, String[] ids, Origin[] origins, Column[] columns, Relation[] relations,
                Map<Integer, String> existenceUnknown, Map<Integer, List<Suppression>> suppressions,
                Identities identities) {
        this.identities = identities;
        this.kind = kind;
        this.kindIndex = kindIndex;
        this.ids = ids;
        this.origins = origins;
        this.columns = columns;
        this.relations = relations;
        this.existenceUnknown = Map.copyOf(existenceUnknown);
        this.anyExistenceUnknown = !existenceUnknown.isEmpty();
        this.suppressions = Map.copyOf(suppressions);
    }

    /** The rules this entity's owners suppressed for it, with their reasons; usually none. */
    public List<Suppression> suppressions(int entity) {
        return suppressions.isEmpty() ? List.of() : suppressions.getOrDefault(entity, List.of());
    }

    public KindDef kind() {
        return kind;
    }

    public int kindIndex() {
        return kindIndex;
    }

    public int size() {
        return ids.length;
    }

    public String id(int entity) {
        return ids[entity];
    }

    public Origin origin(int entity) {
        Origin o = origins[entity];
        return o == null ? Origin.NONE : o;
    }

    public Column column(int attribute) {
        return columns[attribute];
    }

    public Column column(String attribute) {
        int i = kind.attributeIndex(attribute);
        if (i < 0) {
            throw new IllegalArgumentException(kind.name() + " has no attribute " + attribute);
        }
        return columns[i];
    }

    public Relation relation(int relation) {
        return relations[relation];
    }

    public Relation relation(String relation) {
        int i = kind.relationIndex(relation);
        if (i < 0) {
            throw new IllegalArgumentException(kind.name() + " has no relation " + relation);
        }
        return relations[i];
    }

    /** Why this entity may not exist (a CloudFormation condition that cannot be decided), or null. */
    public String existenceUnknown(int entity) {
        return anyExistenceUnknown ? existenceUnknown.get(entity) : null;
    }

    public boolean hasExistenceUnknown() {
        return anyExistenceUnknown;
    }

    /**
     * Whether some entity of this table is symbolic: an entity whose identity is not known, such
     * as the zone of a subnet whose zone is not known, which may be the same as another entity.
     * Comparing entities of such a table by index is not enough: see {@link #mayBeSame}.
     */
    public boolean hasSymbolic() {
        return identities != null;
    }

    /** How many of its entities are symbolic. */
    public int symbolicCount() {
        return identities == null ? 0 : identities.count();
    }

    /** What a symbolic entity stands for, or null when the entity is what its id says. */
    public Symbolic symbolic(int entity) {
        return identities == null ? null : identities.symbolic(entity);
    }

    /**
     * Whether two different entities may be one and the same: one is symbolic and nothing says
     * they differ. Always false for the same index (they are the same) and in a table without
     * symbolic entities.
     */
    public boolean mayBeSame(int a, int b) {
        return identities != null && identities.mayBeSame(a, b);
    }

    /**
     * Why two entities may be the same, in words, for reasons: {@code the zone of subnet Private1
     * may be the same zone as az us-east-1a}, the symbolic one first.
     */
    public String sameReason(int a, int b) {
        boolean aSymbolic = symbolic(a) != null;
        int first = aSymbolic ? a : b;
        int second = aSymbolic ? b : a;
        String word = kind.name().equals("az") ? "zone" : kind.name();
        return describe(first) + " may be the same " + word + " as " + describe(second);
    }

    private String describe(int e) {
        Symbolic s = symbolic(e);
        return s == null ? kind.name() + " " + id(e) : s.described();
    }

    /** The index of the entity with this id. */
    public Optional<Integer> find(String id) {
        Map<String, Integer> index = byId;
        if (index == null) {
            index = new HashMap<>(ids.length * 2);
            for (int i = 0; i < ids.length; i++) {
                index.put(ids[i], i);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public List<String> ids() {
        return List.of(ids);
    }
}
