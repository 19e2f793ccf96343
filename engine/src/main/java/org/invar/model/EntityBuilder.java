package org.invar.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.ValueType;

/**
 * One entity being built: its attributes, relations (by target id) and origin. Obtained from
 * {@link ModelBuilder#entity}; {@link #end()} returns to the model builder for chaining.
 */
public final class EntityBuilder {
    private final ModelBuilder model;
    private final KindDef kind;
    private final String id;
    // A model may hold a million of these while it is built: values and targets sit in arrays by
    // the kind's attribute and relation index, made on first use, as is what few entities have
    // (unknown relations, suppressions).
    private Value[] values;
    private TargetIds[] targets;
    private Map<String, String> unknownRelations = Map.of();
    /** The unknown relations a derivation marked, not the input: a model file leaves them out. */
    private Set<String> derivedUnknowns = Set.of();
    private Origin origin = Origin.NONE;
    private String existenceUnknown;
    private List<Suppression> suppressions = List.of();
    private boolean standIn;
    private Symbolic symbolic;
    boolean declared;

    EntityBuilder(ModelBuilder model, KindDef kind, String id) {
        this.model = model;
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind.name();
    }

    public KindDef kindDef() {
        return kind;
    }

    public String id() {
        return id;
    }

    public Origin origin() {
        return origin;
    }

    public EntityBuilder origin(Origin origin) {
        this.origin = origin == null ? Origin.NONE : origin;
        return this;
    }

    public EntityBuilder set(String attribute, long value) {
        return set(attribute, Value.of(value));
    }

    public EntityBuilder set(String attribute, double value) {
        return set(attribute, Value.of(value));
    }

    public EntityBuilder set(String attribute, String value) {
        return set(attribute, Value.of(value));
    }

    public EntityBuilder set(String attribute, boolean value) {
        return set(attribute, Value.of(value));
    }

    /** Sets an attribute the adapter read; derived attributes are the engine's to compute. */
    public EntityBuilder set(String attribute, Value value) {
        AttributeDef def = attributeDef(attribute);
        if (def.derived()) {
            throw new ModelException(describe() + ": " + attribute
                    + " is derived by the engine; set the facts it is derived from instead");
        }
        return put(def, value);
    }

    /** Marks an attribute unknown, with the reason a report will show. */
    public EntityBuilder unknown(String attribute, String reason) {
        return set(attribute, Value.unknown(reason));
    }

    /** For the engine's derivations: sets a derived attribute. */
    public EntityBuilder setDerived(String attribute, Value value) {
        return put(attributeDef(attribute), value);
    }

    private EntityBuilder put(AttributeDef def, Value value) {
        int i = kind.attributeIndex(def.name());
        if (value == null) {
            if (values != null) {
                values[i] = null;
            }
            return this;
        }
        if (values == null) {
            values = new Value[kind.attributes().size()];
        }
        values[i] = conform(def, value);
        return this;
    }

    /** Relates this entity to entities of the relation's target kind, by id. */
    public EntityBuilder relate(String relation, String... targetIds) {
        RelationDef def = relationDef(relation);
        if (def.derived()) {
            throw new ModelException(describe() + ": " + relation
                    + " is derived by the engine; relate the entities it is derived from instead");
        }
        for (String target : targetIds) {
            model.link(this, def, target);
        }
        return this;
    }

    public EntityBuilder relate(String relation, Iterable<String> targetIds) {
        for (String target : targetIds) {
            relate(relation, target);
        }
        return this;
    }

    /**
     * For the engine's derivations: removes every edge of a relation, on both sides, to derive
     * it afresh (an Auto Scaling group's zones are those of its subnets, whatever else was said).
     */
    public EntityBuilder clearRelation(String relation) {
        RelationDef def = relationDef(relation);
        for (String target : List.copyOf(related(relation))) {
            model.unlink(this, def, target);
        }
        return this;
    }

    /** For the engine's derivations: relates along a derived relation. */
    public EntityBuilder relateDerived(String relation, String targetId) {
        model.link(this, relationDef(relation), targetId);
        return this;
    }

    /** The relation's targets cannot be known (a subnet whose zone AWS picks), with the reason. */
    public EntityBuilder unknownRelation(String relation, String reason) {
        relationDef(relation);
        if (unknownRelations.isEmpty()) {
            unknownRelations = new LinkedHashMap<>(4);
        }
        unknownRelations.put(relation, reason);
        return this;
    }

    /**
     * For the engine's derivations: the relation's targets are not all known, for a reason the
     * engine derived (a zone that may be another one may hold that one's subnets). Unlike
     * {@link #unknownRelation}, a model file does not carry it: it is derived again on load.
     */
    public EntityBuilder unknownRelationDerived(String relation, String reason) {
        unknownRelation(relation, reason);
        if (derivedUnknowns.isEmpty()) {
            derivedUnknowns = new java.util.HashSet<>(2);
        }
        derivedUnknowns.add(relation);
        return this;
    }

    /** Whether the relation's unknown reason was derived ({@link #unknownRelationDerived}). */
    boolean derivedUnknown(String relation) {
        return derivedUnknowns.contains(relation);
    }

    /** Forgets the unknown relations derivations marked, to derive them afresh. */
    void clearDerivedUnknowns() {
        for (String relation : derivedUnknowns) {
            unknownRelations.remove(relation);
        }
        derivedUnknowns = Set.of();
    }

    /** Why the relation is unknown as the input said it, leaving out what a derivation marked. */
    public Optional<String> inputUnknownRelation(String relation) {
        return derivedUnknowns.contains(relation) ? Optional.empty() : unknownRelation(relation);
    }

    /** Whether this entity exists cannot be decided (an undecidable CloudFormation condition). */
    public EntityBuilder existenceUnknown(String reason) {
        this.existenceUnknown = reason;
        return this;
    }

    /**
     * Marks this entity a stand-in: an input names it (a subnet id passed as a parameter, an
     * imported value) without describing it, so what it holds is what the naming input could
     * tell, mostly unknowns. When inputs are merged ({@link ModelBuilder#merge}), an input that
     * describes the same entity replaces the stand-in's fields, whichever input came first.
     */
    public EntityBuilder standIn() {
        this.standIn = true;
        return this;
    }

    public boolean isStandIn() {
        return standIn;
    }

    /**
     * For the engine's derivations: marks this entity symbolic, one whose identity is not known
     * (the zone of a subnet whose zone is not known). It is some entity of its kind, maybe the
     * same as another one that is not known to differ from it ({@link ModelBuilder#distinct}), so
     * comparing it with another is unknown, not false.
     *
     * @param meaning what it stands for, as a report shows it
     * @param owner the entity whose unknown relation it stands in for (the subnet), or null
     * @param cause why that relation is not known, or null when it was only missing
     */
    public EntityBuilder symbolic(String meaning, EntityBuilder owner, String cause) {
        this.symbolic = new Symbolic(meaning, owner == null ? null : owner.kind(), owner == null ? null : owner.id(),
                cause);
        return this;
    }

    /** What this entity stands for when it is symbolic ({@link #symbolic(String, EntityBuilder, String)}). */
    public Optional<Symbolic> symbolic() {
        return Optional.ofNullable(symbolic);
    }

    /** Forgets an unknown relation: its targets are now known (a derivation gave them). */
    public EntityBuilder knownRelation(String relation) {
        relationDef(relation);
        if (unknownRelations.containsKey(relation)) {
            unknownRelations.remove(relation);
        }
        return this;
    }

    /** The entity's owners chose not to apply a rule to it, for a reason a report will show. */
    public EntityBuilder suppress(String rule, String reason) {
        if (suppressions.isEmpty()) {
            suppressions = new ArrayList<>(2);
        }
        suppressions.add(new Suppression(rule, reason));
        return this;
    }

    public List<Suppression> suppressions() {
        return Collections.unmodifiableList(suppressions);
    }

    public ModelBuilder end() {
        return model;
    }

    public Optional<Value> attribute(String attribute) {
        int i = kind.attributeIndex(attribute);
        return values == null || i < 0 ? Optional.empty() : Optional.ofNullable(values[i]);
    }

    /** The attributes set so far, in the order of the kind's schema. */
    public Map<String, Value> attributes() {
        Map<String, Value> set = new LinkedHashMap<>();
        for (int i = 0; values != null && i < values.length; i++) {
            if (values[i] != null) {
                set.put(kind.attributes().get(i).name(), values[i]);
            }
        }
        return Collections.unmodifiableMap(set);
    }

    /** Target ids of a relation, including edges given from the other side of a pair. */
    public Set<String> related(String relation) {
        int i = kind.relationIndex(relation);
        TargetIds ids = targets == null || i < 0 ? null : targets[i];
        return ids == null ? Set.of() : Collections.unmodifiableSet(ids);
    }

    /** The relations with targets so far, in the order of the kind's schema. */
    public Map<String, Set<String>> relations() {
        Map<String, Set<String>> related = new LinkedHashMap<>();
        for (int i = 0; targets != null && i < targets.length; i++) {
            if (targets[i] != null && !targets[i].isEmpty()) {
                related.put(kind.relations().get(i).name(), Collections.unmodifiableSet(targets[i]));
            }
        }
        return Collections.unmodifiableMap(related);
    }

    public Optional<String> unknownRelation(String relation) {
        return Optional.ofNullable(unknownRelations.get(relation));
    }

    public Map<String, String> unknownRelations() {
        return Collections.unmodifiableMap(unknownRelations);
    }

    public Optional<String> existenceUnknown() {
        return Optional.ofNullable(existenceUnknown);
    }

    /** The value of the kind's attribute at {@code index}, or null: for freezing, without a look-up by name. */
    Value valueAt(int index) {
        return values == null ? null : values[index];
    }

    /** The target ids of the kind's relation at {@code index}, or null when there are none. */
    Set<String> targetsAt(int index) {
        return targets == null ? null : targets[index];
    }

    /** Why the relation is unknown, or null. */
    String unknownReason(String relation) {
        return unknownRelations.get(relation);
    }

    /**
     * Takes in what another input's builder knows of this same entity. Edges are facts about the
     * entities that name each other, so they are kept from both; fields (values, unknown
     * relations, origin, existence, suppressions) come from the side that describes the entity
     * rather than stands in for it, and from this side when both do alike.
     */
    void absorb(EntityBuilder other) {
        boolean theirsDescribes = other.declared && !other.standIn;
        boolean oursDescribes = declared && !standIn;
        boolean replace = other.declared && (!declared || theirsDescribes && !oursDescribes);
        if (replace) {
            values = other.values == null ? null : other.values.clone();
            unknownRelations = other.unknownRelations.isEmpty() ? Map.of() : new LinkedHashMap<>(other.unknownRelations);
            origin = other.origin;
            existenceUnknown = other.existenceUnknown;
            suppressions = other.suppressions.isEmpty() ? List.of() : new ArrayList<>(other.suppressions);
            standIn = other.standIn;
        } else if (declared && standIn && other.declared && other.standIn) {
            // Two stand-ins: what either could tell, and of two origins the first by name, so
            // that the order of the inputs does not show.
            if (origin == Origin.NONE || other.origin != Origin.NONE
                    && other.origin.display().compareTo(origin.display()) < 0) {
                origin = other.origin;
            }
            for (int i = 0; other.values != null && i < other.values.length; i++) {
                if (other.values[i] != null && preferred(other.values[i], valueAt(i))) {
                    if (values == null) {
                        values = new Value[other.values.length];
                    }
                    values[i] = other.values[i];
                }
            }
            other.unknownRelations.forEach((relation, reason) -> {
                String ours = unknownRelations.get(relation);
                if (ours == null || reason.compareTo(ours) < 0) {
                    unknownRelation(relation, reason);
                }
            });
        }
        declared |= other.declared;
        for (int r = 0; other.targets != null && r < other.targets.length; r++) {
            if (other.targets[r] == null) {
                continue;
            }
            RelationDef def = kind.relations().get(r);
            // A to-one relation the describing side set is not overridden by a stand-in's guess.
            if (!def.many() && !replace && targetsAt(r) != null && !targetsAt(r).isEmpty()) {
                continue;
            }
            if (replace && !def.many() && !other.targets[r].isEmpty() && targets != null) {
                targets[r] = null;
            }
            for (String target : other.targets[r]) {
                addEdge(def.name(), target);
            }
        }
    }

    /** Of two stand-ins' values, a known one over an unknown one, else the first by text: any order gives the same. */
    private static boolean preferred(Value theirs, Value ours) {
        if (ours == null) {
            return true;
        }
        boolean theirsKnown = !(theirs instanceof Value.Unknown);
        boolean oursKnown = !(ours instanceof Value.Unknown);
        if (theirsKnown != oursKnown) {
            return theirsKnown;
        }
        if (theirs instanceof Value.Unknown t && ours instanceof Value.Unknown o) {
            return t.reason().compareTo(o.reason()) < 0;
        }
        return theirs.display().compareTo(ours.display()) < 0;
    }

    void addEdge(String relation, String target) {
        int i = kind.relationIndex(relation);
        if (targets == null) {
            targets = new TargetIds[kind.relations().size()];
        }
        if (targets[i] == null) {
            targets[i] = new TargetIds();
        }
        targets[i].add(target);
    }

    void removeEdge(String relation, String target) {
        int i = kind.relationIndex(relation);
        if (targets != null && targets[i] != null) {
            targets[i].remove(target);
        }
    }

    String describe() {
        return kind.name() + " " + id;
    }

    private AttributeDef attributeDef(String attribute) {
        return kind.attribute(attribute).orElseThrow(() -> new ModelException(describe() + ": " + kind.name()
                + " has no attribute '" + attribute + "'" + Suggestions.didYouMean(attribute, kind.fieldNames())));
    }

    private RelationDef relationDef(String relation) {
        return kind.relation(relation).orElseThrow(() -> new ModelException(describe() + ": " + kind.name()
                + " has no relation '" + relation + "'" + Suggestions.didYouMean(relation, kind.fieldNames())));
    }

    private Value conform(AttributeDef def, Value value) {
        if (value instanceof Value.Unknown) {
            return value;
        }
        ValueType type = def.type();
        boolean ok = switch (type) {
            case INT -> value instanceof Value.Int;
            case DECIMAL -> value instanceof Value.Decimal || value instanceof Value.Int;
            case STRING -> value instanceof Value.Str;
            case BOOL -> value instanceof Value.Bool;
            case LIST -> value instanceof Value.ListValue;
        };
        if (!ok) {
            throw new ModelException(describe() + ": " + def.name() + " is " + article(type.word()) + ", not "
                    + value.display());
        }
        if (type == ValueType.DECIMAL && value instanceof Value.Int i) {
            return Value.of((double) i.value());
        }
        return value;
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
