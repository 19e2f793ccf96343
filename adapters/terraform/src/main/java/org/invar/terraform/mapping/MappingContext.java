package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.schema.RelationDef;
import org.invar.terraform.config.Expression;
import org.invar.terraform.read.ConfigurationGaps;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.read.TerraformDocument;
import org.invar.terraform.read.TerraformFormat;
import org.invar.terraform.resolve.InstanceIndex;
import org.invar.terraform.resolve.ReferenceResolver;
import org.invar.terraform.resolve.Resolution;

/**
 * What mappers map with: the model builder, entity creation with origins, AZs, and links
 * between resources, found by value (a known id, ARN or name) or, for values a plan knows only
 * after apply, by the configuration's references.
 *
 * <p>A value naming nothing in the document (a subnet created elsewhere) becomes a stand-in
 * entity with that id, so a load balancer in two existing subnets still has two subnets; what
 * the document does not say of them (a stand-in subnet's AZ) is unknown, never guessed.
 */
public final class MappingContext {
    private static final Pattern REGION_OF_AZ = Pattern.compile("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d+)[a-z]$");

    private final ModelBuilder builder;
    private final TerraformDocument document;
    private final Mappers mappers;
    private final InstanceIndex instances;
    private final ReferenceResolver resolver;
    private final IdIndex ids;
    private final Aliases aliases;
    private final ConfigurationPaths configuration;
    private final VariableSubnets variableSubnets;

    MappingContext(ModelBuilder builder, TerraformDocument document, Mappers mappers) {
        this.builder = builder;
        this.document = document;
        this.mappers = mappers;
        this.instances = new InstanceIndex(document.records(), document.moduleInstances());
        this.resolver = new ReferenceResolver(document.configuration(), instances, document.variables(),
                document.file());
        this.ids = new IdIndex(document.records(), mappers);
        this.aliases = new Aliases(document.records(), mappers);
        this.configuration = new ConfigurationPaths(document.configuration());
        this.variableSubnets = new VariableSubnets(document);
        if (isPlan()) {
            aliasDataSourcesOfManagedResources();
        }
    }

    /** Data sources whose arguments name one managed resource of theirs by reference read that resource. */
    private void aliasDataSourcesOfManagedResources() {
        for (ResourceRecord r : document.records()) {
            ResourceMapper m = mappers.mapper(r);
            if (r.data() && m != null && m.makesEntity() && !aliases.isAlias(r)) {
                String managed = ManagedByReference.of(r, m.family(), this);
                if (managed != null) {
                    aliases.alias(r.address(), managed);
                }
            }
        }
    }

    /** Whether the resource is an alias of another that makes the same entity (see {@link Aliases}). */
    boolean isAlias(ResourceRecord r) {
        return aliases.isAlias(r);
    }

    public ModelBuilder builder() {
        return builder;
    }

    /** Whether values may be unknown and the configuration is known: a plan, or an evaluated configuration. */
    public boolean isPlan() {
        return !document.format().isState();
    }

    /** The entity a resource maps to: its family's kind, its address as id, its origin. */
    public EntityBuilder entity(Resource r) {
        return child(mappers.mapper(r.record()).family(), r.address(), r);
    }

    /**
     * An entity made from part of a resource (an inline rule, a route), with the resource's origin,
     * and its existence unknown when the resource may not exist.
     */
    public EntityBuilder child(String kind, String id, Resource r) {
        EntityBuilder e = builder.entity(kind, id).origin(origin(r.address()));
        String mayNotExist = mayNotExist(r);
        return mayNotExist == null ? e : e.existenceUnknown(mayNotExist);
    }

    /**
     * Why the resource may not exist (an evaluated configuration could not tell how many
     * instances it has), or null when it does.
     */
    public String mayNotExist(Resource r) {
        return document.gaps().mayNotExist().get(r.address());
    }

    public Origin origin(String resource) {
        Origin declared = document.origins().get(resource);
        if (declared != null) {
            return declared;
        }
        return new Origin(document.file(), 0, 0, resource);
    }

    public Optional<EntityBuilder> find(String kind, String id) {
        return builder.find(kind, id);
    }

    public AttributeCopy copy(Resource r, EntityBuilder e) {
        return new AttributeCopy(r, e);
    }

    /** The root variable without a value that a stand-in's id names ({@code var.subnet1_id}), or null. */
    ConfigurationGaps.UnsetVariable unsetVariable(String standInId) {
        return variableSubnets.variable(standInId);
    }

    /** The AZ entity of this name (with its region, when the name tells it), made on first use. */
    public String az(String name) {
        if (builder.find("az", name).isEmpty()) {
            // A zone a configuration names is a stand-in for the real one, shared by merged inputs.
            EntityBuilder az = builder.entity("az", name).standIn().set("name", name);
            Matcher m = REGION_OF_AZ.matcher(name);
            if (m.matches()) {
                builder.entity("region", m.group(1)).standIn().set("name", m.group(1)).relate("az", name);
            }
            az.origin(Origin.NONE);
        }
        return name;
    }

    /** Whether the configuration sets the attribute (in a state, values are facts: always true). */
    public boolean configured(Resource r, String attribute) {
        if (!isPlan()) {
            return true;
        }
        return configuration.resource(r.record()).map(c -> c.sets(attribute)).orElse(true);
    }

    /** A resource of the document by address, when the mapping reads its type. */
    public Optional<Resource> resource(String address) {
        ResourceRecord rec = instances.record(address);
        return rec == null ? Optional.empty() : Optional.of(new Resource(rec));
    }

    /**
     * The resources of a family that an attribute names: by its known values, and where a plan
     * knows it only after apply, by the configuration's references.
     */
    public Found find(Resource r, String family, Object... path) {
        // By address: records are one per address, and hashing one whole would hash its values.
        Map<String, ResourceRecord> found = new LinkedHashMap<>();
        Set<String> unmatched = new LinkedHashSet<>();
        Set<String> referenced = null;
        for (String v : r.strings(path)) {
            List<ResourceRecord> recs = ids.find(family, v);
            if (recs.size() > 1 && !r.unknown(path)) {
                referenced = referenced != null ? referenced : referenced(r, path);
                recs = narrowed(recs, referenced);
            }
            add(v, recs, found, unmatched);
        }
        String unknown = null;
        Expression.Block exact = document.exactReferences().get(r.address());
        boolean settled = false;
        if (exact != null && r.unknown(path)) {
            int before = found.size() + unmatched.size();
            Expression at = ConfigurationPaths.at(exact, path);
            List<String> references = at == null ? List.of() : at.allReferences();
            addReferenced(family, references, found);
            String unsourced = at == null ? null : ConfigurationPaths.firstConstant(at);
            String unset = unsetVariables(family, references, unmatched);
            boolean nothing = found.size() + unmatched.size() == before;
            if (nothing || unsourced != null || unset != null) {
                unknown = Resource.describe(path) + " of " + r.address() + " is not known: "
                        + (unsourced != null ? unsourced : unset != null ? unset : r.unknownReason(path));
            }
            // A plan whose configuration was evaluated too: what the evaluation cannot settle, the
            // plan's own references may.
            settled = !(nothing && unsourced == null && unset == null && document.format() == TerraformFormat.PLAN);
        }
        if (!settled && r.unknown(path)) {
            unknown = null;
            Resolution res = resolver.resolve(configuration.scope(r.record()),
                    configuration.references(r.record(), path));
            int before = found.size() + unmatched.size();
            addReferenced(family, res.addresses(), found);
            for (String c : res.constants()) {
                byValue(family, c, found, unmatched);
            }
            boolean nothing = found.size() + unmatched.size() == before;
            if (nothing || !res.unfollowed().isEmpty()) {
                unknown = Resource.describe(path) + " of " + r.address() + " is known after apply"
                        + (res.unfollowed().isEmpty() ? "" : " and comes from " + String.join(", ", res.unfollowed())
                        + ", which a plan does not describe");
            }
        }
        return new Found(new ArrayList<>(found.values()), new ArrayList<>(unmatched), unknown);
    }

    /**
     * What the root variables without a value among the references name: for subnets, stand-ins
     * (added to {@code unmatched}) and why there may be more; for other kinds, why the value is
     * unknown. Null when there are none, or the stand-ins are all there is.
     */
    private String unsetVariables(String family, List<String> references, Set<String> unmatched) {
        if (!variableSubnets.any(references)) {
            return null;
        }
        if (!family.equals("subnet")) {
            return variableSubnets.reason(references);
        }
        VariableSubnets.Standing standing = variableSubnets.subnets(references);
        unmatched.addAll(standing.ids());
        return standing.mayHoldMore();
    }

    /** Adds the resources of a family among the addresses a configuration refers to. */
    private void addReferenced(String family, Iterable<String> addresses, Map<String, ResourceRecord> found) {
        for (String address : addresses) {
            ResourceRecord rec = instances.record(address);
            if (rec != null && family.equals(mappers.family(rec))) {
                found.putIfAbsent(rec.address(), rec);
            }
        }
    }

    private void byValue(String family, String value, Map<String, ResourceRecord> found, Set<String> unmatched) {
        add(value, ids.find(family, value), found, unmatched);
    }

    private static void add(String value, List<ResourceRecord> recs, Map<String, ResourceRecord> found,
            Set<String> unmatched) {
        if (recs.isEmpty()) {
            unmatched.add(value);
        }
        recs.forEach(rec -> found.putIfAbsent(rec.address(), rec));
    }

    /**
     * A known value may name several resources (a cluster name used by each instance of a module,
     * in several regions): where the configuration refers to some of them, those are meant.
     */
    private static List<ResourceRecord> narrowed(List<ResourceRecord> recs, Set<String> referenced) {
        // The references are few and the candidates may be thousands: look the references up.
        List<ResourceRecord> meant = new ArrayList<>();
        for (String address : referenced) {
            for (ResourceRecord rec : recs) {
                if (rec.address().equals(address)) {
                    meant.add(rec);
                    break;
                }
            }
        }
        return meant.isEmpty() ? recs : meant;
    }

    /** The resource addresses the configuration refers to for an attribute. */
    private Set<String> referenced(Resource r, Object[] path) {
        Set<String> referenced = new HashSet<>();
        Expression.Block exact = document.exactReferences().get(r.address());
        if (exact != null) {
            Expression at = ConfigurationPaths.at(exact, path);
            if (at != null) {
                referenced.addAll(at.allReferences());
            }
        } else {
            referenced.addAll(resolver.resolve(configuration.scope(r.record()),
                    configuration.references(r.record(), path)).addresses());
        }
        return referenced;
    }

    /** Relates an entity along a relation to what an attribute of the resource names. */
    public void link(EntityBuilder e, String relation, Resource r, Object... path) {
        RelationDef def = e.kindDef().relation(relation).orElseThrow();
        link(e, relation, find(r, def.target(), path), r);
    }

    /**
     * Like {@link #link(EntityBuilder, String, Resource, Object...)}, but in a plan only when the
     * configuration sets the attribute or it has a value: an attribute the provider computes
     * from another one ({@code subnet_mapping} from {@code subnets}) adds nothing unknown. An
     * unknown attribute of a nested block is linked whatever the configuration lists.
     */
    public void linkIfSet(EntityBuilder e, String relation, Resource r, Object... path) {
        // An unknown attribute inside a block the plan's configuration does not list comes from a
        // dynamic block, which a plan's configuration leaves out: linked, it is unknown (or
        // settled by the evaluated configuration), never silently absent.
        boolean inDynamicBlock = path.length > 1 && r.unknown(path);
        if (configured(r, (String) path[0]) || !r.strings(path).isEmpty() || inDynamicBlock) {
            link(e, relation, r, path);
        }
    }

    /** The entity ids of the given kind an attribute names (stand-ins included). */
    public List<String> ids(Resource r, String kind, Object... path) {
        return entityIds(find(r, kind, path), kind, r);
    }

    /** Relates an entity to what was found; values naming nothing become stand-ins. */
    public void link(EntityBuilder e, String relation, Found found, Resource r) {
        RelationDef def = e.kindDef().relation(relation).orElseThrow();
        List<String> targets = entityIds(found, def.target(), r);
        if (!def.many() && targets.size() + e.related(relation).size() > 1) {
            Set<String> all = new LinkedHashSet<>(e.related(relation));
            all.addAll(targets);
            if (all.size() > 1) {
                all.forEach(t -> e.relate(relation, t));
                e.unknownRelation(relation, r.address() + " names several: " + String.join(", ", all));
                return;
            }
        }
        targets.forEach(t -> e.relate(relation, t));
        if (found.unknown() != null) {
            e.unknownRelation(relation, found.unknown());
        }
    }

    /** The entity ids of what was found, stand-ins made for values naming nothing. */
    public List<String> entityIds(Found found, String kind, Resource by) {
        Set<String> out = new LinkedHashSet<>();
        for (ResourceRecord rec : found.records()) {
            ResourceMapper m = mappers.mapper(rec);
            if (m != null && m.makesEntity() && m.family().equals(kind)) {
                out.add(aliases.canonical(rec.address()));
            }
        }
        List<String> ids = new ArrayList<>(out);
        for (String value : found.unmatched()) {
            ids.add(StandIns.make(this, kind, value, by));
        }
        return ids;
    }
}
