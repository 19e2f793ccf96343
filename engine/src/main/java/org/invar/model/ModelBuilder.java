package org.invar.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.invar.derive.Derivations;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;

/**
 * Collects entities, then {@link #build()} derives the engine's facts and freezes everything
 * into a dense, immutable {@link Model}. Entities may be added in any order; a relation may name
 * an entity added later. Adapters fill one; so can a unit test.
 */
public final class ModelBuilder {
    private final Schema schema;
    private final List<Map<String, EntityBuilder>> kinds = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Aliases aliases = new Aliases();
    /** Whether other builders were merged into this one: only then is an alias expected of another input. */
    private boolean merged;
    private final Map<String, Set<List<String>>> distinct = new HashMap<>();

    ModelBuilder(Schema schema) {
        this.schema = schema;
        for (int i = 0; i < schema.kinds().size(); i++) {
            kinds.add(new LinkedHashMap<>());
        }
    }

    public Schema schema() {
        return schema;
    }

    /** The entity of this kind and id, created on first use. Derived kinds are the engine's. */
    public EntityBuilder entity(String kind, String id) {
        KindDef def = kindDef(kind);
        if (def.derived()) {
            throw new ModelException(kind + " " + id + ": " + kind + " entities are derived by the engine");
        }
        return declare(def, id);
    }

    /** For the engine's derivations: an entity of a derived kind. */
    public EntityBuilder derivedEntity(String kind, String id) {
        return declare(kindDef(kind), id);
    }

    private EntityBuilder declare(KindDef def, String id) {
        if (id == null || id.isEmpty()) {
            throw new ModelException(def.name() + ": an entity needs a non-empty id");
        }
        EntityBuilder e = draft(def, id);
        e.declared = true;
        return e;
    }

    public Optional<EntityBuilder> find(String kind, String id) {
        int k = schema.kindIndex(kind);
        if (k < 0) {
            return Optional.empty();
        }
        EntityBuilder e = kinds.get(k).get(id);
        return e != null && e.declared ? Optional.of(e) : Optional.empty();
    }

    /** The entities of a kind so far, in the order they were added; empty for a kind not in the schema. */
    public List<EntityBuilder> entities(String kind) {
        int k = schema.kindIndex(kind);
        if (k < 0) {
            return List.of();
        }
        return kinds.get(k).values().stream().filter(e -> e.declared).toList();
    }

    public boolean hasKind(String kind) {
        return schema.kindIndex(kind) >= 0;
    }

    /** Removes an entity and every edge to it (a resource a plan deletes). */
    public ModelBuilder remove(String kind, String id) {
        int k = schema.kindIndex(kind);
        if (k >= 0 && kinds.get(k).remove(id) != null) {
            for (Map<String, EntityBuilder> table : kinds) {
                for (EntityBuilder e : table.values()) {
                    for (RelationDef r : e.kindDef().relations()) {
                        if (r.target().equals(kind)) {
                            e.removeEdge(r.name(), id);
                        }
                    }
                }
            }
        }
        return this;
    }

    void link(EntityBuilder from, RelationDef relation, String targetId) {
        if (targetId == null || targetId.isEmpty()) {
            throw new ModelException(from.describe() + ": " + relation.name() + " names an empty id");
        }
        from.addEdge(relation.name(), targetId);
        schema.inverse(from.kind(), relation.name()).ifPresent(inverse ->
                draft(kindDef(relation.target()), targetId).addEdge(inverse, from.id()));
    }

    void unlink(EntityBuilder from, RelationDef relation, String targetId) {
        from.removeEdge(relation.name(), targetId);
        schema.inverse(from.kind(), relation.name()).ifPresent(inverse -> {
            EntityBuilder target = kinds.get(schema.kindIndex(relation.target())).get(targetId);
            if (target != null) {
                target.removeEdge(inverse, from.id());
            }
        });
    }

    private EntityBuilder draft(KindDef def, String id) {
        return kinds.get(schema.kindIndex(def.name())).computeIfAbsent(id, i -> new EntityBuilder(this, def, i));
    }

    private KindDef kindDef(String kind) {
        return schema.kind(kind).orElseThrow(() -> new ModelException("unknown kind '" + kind + "'"
                + Suggestions.didYouMean(kind, schema.kinds().stream().map(KindDef::name).toList())));
    }

    /**
     * Records something a person should know about the load that is not an error: resource types
     * the schema has no kind for and that were skipped, a nested stack that could not be read.
     * Command-line tools print notes on standard error; embedders read {@link Model#notes()}.
     */
    public ModelBuilder note(String note) {
        notes.add(note);
        return this;
    }

    public List<String> notes() {
        return java.util.Collections.unmodifiableList(notes);
    }

    /**
     * Takes in another builder's entities, notes and all: several inputs (a network template and a
     * service template), each filled into its own builder, become one model. The result does not
     * depend on the order of the inputs: an entity one input describes and another only names (a
     * stand-in, {@link EntityBuilder#standIn()}) takes the describing input's fields, and keeps
     * the edges of both. Two inputs that both describe the same kind and id from different
     * origins (two templates with a resource of the same logical id) are an error, not a silent
     * overwrite.
     */
    public ModelBuilder merge(ModelBuilder other) {
        if (other.schema != schema && !other.schema.kinds().equals(schema.kinds())) {
            throw new ModelException("cannot merge models of different schemas");
        }
        for (int k = 0; k < kinds.size(); k++) {
            KindDef def = schema.kind(k);
            for (EntityBuilder theirs : other.kinds.get(k).values()) {
                EntityBuilder ours = kinds.get(k).get(theirs.id());
                if (ours != null && ours.declared && theirs.declared && !ours.isStandIn() && !theirs.isStandIn()
                        && !ours.origin().equals(theirs.origin())) {
                    throw new ModelException(def.name() + " '" + theirs.id() + "' is described twice, at "
                            + where(ours) + " and at " + where(theirs) + "; inputs merged into one model must "
                            + "not describe the same id twice (rename one, or check the inputs apart)");
                }
                draft(def, theirs.id()).absorb(theirs);
            }
        }
        notes.addAll(other.notes);
        aliases.addAll(other.aliases);
        merged = true;
        return this;
    }

    private static String where(EntityBuilder e) {
        String at = e.origin().display();
        return at.isEmpty() ? "an input without positions" : at;
    }

    /**
     * Gives an entity another name, as a CloudFormation export does: a stand-in of some kind
     * declared under {@code name} (what an {@code !ImportValue} gives) is, when the model is built,
     * that kind's entity {@code id}, if the model has one: every edge to the stand-in goes to it,
     * and the stand-in is gone. A name no stand-in uses, or whose id is not of the stand-in's
     * kind, changes nothing.
     */
    public ModelBuilder alias(String name, String id) {
        aliases.add(name, id);
        return this;
    }

    /**
     * Gives an entity a name known but for one part ({@code import:${AWS::StackName}:Listener}):
     * a stand-in whose id fits the pattern, when it fits no other pattern and has no exact alias,
     * is that entity, as with {@link #alias(String, String)}; the part then has the value the
     * stand-in's id gives it. Patterns with one part and owner take one value: when the stand-ins
     * they match would give it two, none is matched. The model notes what was decided, and why a
     * stand-in that fits several patterns is matched to none.
     */
    public ModelBuilder alias(NamePattern name, String id) {
        aliases.add(name, id);
        return this;
    }

    /**
     * Says that the stand-in of {@code kind} declared as {@code name} (an import) is meant to be
     * named by another input's alias. When inputs are merged into this builder and no alias
     * names it, the model records {@code note}: it stays a stand-in, and a person should know why.
     */
    public ModelBuilder expectAlias(String kind, String name, String note) {
        kindDef(kind);
        aliases.expect(kind, name, note);
        return this;
    }

    /**
     * For the engine's derivations: these entities of a kind are pairwise different, as the
     * subnets of one load balancer are in different zones. Symbolic entities
     * ({@link EntityBuilder#symbolic}) that share such a group are known to differ; any other
     * pair with a symbolic entity may be the same.
     */
    public ModelBuilder distinct(String kind, Collection<String> ids) {
        kindDef(kind);
        if (ids.size() > 1) {
            distinct.computeIfAbsent(kind, k -> new java.util.LinkedHashSet<>())
                    .add(ids.stream().distinct().sorted().toList());
        }
        return this;
    }

    /** The groups of pairwise different entities of a kind given so far. */
    public Set<List<String>> distinctGroups(String kind) {
        return java.util.Collections.unmodifiableSet(distinct.getOrDefault(kind, Set.of()));
    }

    /**
     * For the engine's derivations: forgets every relation a derivation marked unknown
     * ({@link EntityBuilder#unknownRelationDerived}), so that deriving again gives the same.
     */
    public ModelBuilder clearDerivedUnknowns() {
        for (Map<String, EntityBuilder> table : kinds) {
            for (EntityBuilder e : table.values()) {
                e.clearDerivedUnknowns();
            }
        }
        return this;
    }

    /** For the engine's derivations: forgets the groups of a kind, to derive them again. */
    public ModelBuilder clearDistinct(String kind) {
        distinct.remove(kind);
        return this;
    }

    /** Derives the engine's facts ({@link Derivations}), then freezes the model. */
    public Model build() {
        aliases.resolve(this, kinds, merged);
        Derivations.apply(this);
        return freeze();
    }

    private Model freeze() {
        StringPool pool = new StringPool();
        List<Map<String, Integer>> indices = new ArrayList<>();
        List<List<EntityBuilder>> declared = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            List<EntityBuilder> entities = new ArrayList<>(kinds.get(k).size());
            Map<String, Integer> index = new HashMap<>(kinds.get(k).size() * 4 / 3 + 1);
            for (EntityBuilder e : kinds.get(k).values()) {
                if (e.declared) {
                    index.put(e.id(), entities.size());
                    entities.add(e);
                }
            }
            declared.add(entities);
            indices.add(index);
        }
        Map<String, String> inverseUnknown = inverseUnknown(declared);
        EntityTable[] tables = new EntityTable[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            KindDef def = schema.kind(k);
            List<EntityBuilder> entities = declared.get(k);
            int n = entities.size();
            String[] ids = new String[n];
            Origin[] origins = new Origin[n];
            Map<Integer, String> existence = new HashMap<>();
            Map<Integer, List<Suppression>> suppressions = new HashMap<>();
            Map<Integer, Symbolic> symbolic = new HashMap<>();
            for (int i = 0; i < n; i++) {
                EntityBuilder e = entities.get(i);
                ids[i] = e.id();
                origins[i] = e.origin() == Origin.NONE ? null : e.origin();
                String reason = e.existenceUnknown().orElse(null);
                if (reason != null) {
                    existence.put(i, reason);
                }
                if (!e.suppressions().isEmpty()) {
                    suppressions.put(i, List.copyOf(e.suppressions()));
                }
                Symbolic sym = e.symbolic().orElse(null);
                if (sym != null) {
                    symbolic.put(i, sym);
                }
            }
            Column[] columns = new Column[def.attributes().size()];
            for (int a = 0; a < columns.length; a++) {
                columns[a] = column(def.attributes().get(a), a, entities, pool);
            }
            Relation[] relations = new Relation[def.relations().size()];
            for (int r = 0; r < relations.length; r++) {
                RelationDef rel = def.relations().get(r);
                int target = schema.kindIndex(rel.target());
                relations[r] = relation(rel, r, target, entities, indices.get(target),
                        inverseUnknown.get(def.name() + "." + rel.name()));
            }
            Identities identities = symbolic.isEmpty() ? null
                    : Identities.of(symbolic, distinct.getOrDefault(def.name(), Set.of()), indices.get(k));
            tables[k] = new EntityTable(def, k, ids, origins, columns, relations, existence, suppressions, identities);
        }
        return new Model(schema, tables, pool, notes);
    }

    private static Column column(AttributeDef def, int attribute, List<EntityBuilder> entities, StringPool pool) {
        int n = entities.size();
        byte[] state = new byte[n];
        long[] bits = new long[n];
        Value.ListValue[] lists = def.type() == ValueType.LIST ? new Value.ListValue[n] : null;
        Map<Integer, String> reasons = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Value v = entities.get(i).valueAt(attribute);
            if (v == null) {
                continue;
            }
            if (v instanceof Value.Unknown u) {
                state[i] = Column.UNKNOWN;
                reasons.put(i, u.reason());
                continue;
            }
            state[i] = Column.PRESENT;
            if (v instanceof Value.Int x) {
                bits[i] = x.value();
            } else if (v instanceof Value.Decimal x) {
                bits[i] = Double.doubleToLongBits(x.value());
            } else if (v instanceof Value.Bool x) {
                bits[i] = x.value() ? 1 : 0;
            } else if (v instanceof Value.Str x) {
                bits[i] = pool.intern(x.value());
            } else {
                lists[i] = (Value.ListValue) v;
            }
        }
        return new Column(def.type(), state, bits, lists, reasons, pool);
    }

    /**
     * A relation unknown on one side leaves its pair incomplete on the other: if a subnet's AZ is
     * unknown, any AZ may hold it, so no AZ's list of subnets is known to be whole. This holds for
     * an entity whose relation is unknown and names no target (it may point anywhere), and only
     * a to-many side becomes incomplete: a to-one side that names its target is whole. Keyed by
     * "kind.relation" of the side that becomes incomplete, with the first reason found.
     */
    private Map<String, String> inverseUnknown(List<List<EntityBuilder>> declared) {
        Map<String, String> unknown = new HashMap<>();
        for (List<EntityBuilder> entities : declared) {
            for (EntityBuilder e : entities) {
                for (Map.Entry<String, String> u : e.unknownRelations().entrySet()) {
                    String relation = u.getKey();
                    if (!e.related(relation).isEmpty()) {
                        continue; // known targets that may not all hold: nothing points elsewhere
                    }
                    schema.inverse(e.kind(), relation).ifPresent(inverse -> {
                        String target = e.kindDef().relation(relation).orElseThrow().target();
                        boolean many = schema.kind(target).orElseThrow().relation(inverse).orElseThrow().many();
                        if (many) {
                            unknown.putIfAbsent(target + "." + inverse, e.describe() + ": " + relation
                                    + " is unknown (" + u.getValue() + ")");
                        }
                    });
                }
            }
        }
        return unknown;
    }

    private static Relation relation(RelationDef def, int relation, int targetKind, List<EntityBuilder> entities,
                                     Map<String, Integer> targetIndex, String inverseUnknown) {
        int n = entities.size();
        int[] offsets = new int[n + 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            Set<String> ids = entities.get(i).targetsAt(relation);
            total += ids == null ? 0 : ids.size();
        }
        int[] targets = new int[total];
        Map<Integer, String> unknown = new HashMap<>();
        java.util.Set<Integer> derivedUnknown = new java.util.HashSet<>();
        int slot = 0;
        for (int i = 0; i < n; i++) {
            EntityBuilder e = entities.get(i);
            offsets[i] = slot;
            Set<String> ids = e.targetsAt(relation);
            for (String id : ids == null ? Set.<String>of() : ids) {
                Integer t = targetIndex.get(id);
                if (t == null) {
                    throw new ModelException(e.describe() + ": " + def.name() + " names " + def.target() + " '" + id
                            + "', which is not in the model");
                }
                targets[slot++] = t;
            }
            String reason = e.unknownReason(def.name());
            if (reason != null) {
                unknown.put(i, reason);
                if (e.derivedUnknown(def.name())) {
                    derivedUnknown.add(i);
                }
            }
        }
        offsets[n] = slot;
        return new Relation(targetKind, offsets, targets, unknown, inverseUnknown, derivedUnknown);
    }

    /** Every entity of every kind, for passes over the whole model. */
    public Collection<EntityBuilder> all() {
        List<EntityBuilder> all = new ArrayList<>();
        kinds.forEach(t -> t.values().stream().filter(e -> e.declared).forEach(all::add));
        return all;
    }
}
