package org.invar.cloudformation.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.invar.cloudformation.LoadSummary;
import org.invar.cloudformation.resolve.StackScope;
import org.invar.cloudformation.resolve.Truth;
import org.invar.cloudformation.template.Resource;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * Fills a model builder from a stack and its nested stacks, in three passes: place every
 * resource that is (or may be) created and declare its entity, so any relation can name any
 * entity; map each resource's properties; then give outside entities their unknowns and copy
 * facts between entities.
 *
 * <p>A resource whose condition is false is left out; one whose condition cannot be decided is
 * in the model with unknown existence. A resource whose type the schema has no kind for is
 * skipped and counted ({@link LoadSummary#skippedTypes()}).
 */
public final class ModelFiller {
    private static final Map<String, ResourceMapper> MAPPERS = mappers();

    private final ModelBuilder builder;
    private final Map<String, Placed> placed = new LinkedHashMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<String> notExpanded = new ArrayList<>();
    private final List<StackScope> scopes = new ArrayList<>();
    private Map<String, String> whyNotRead = Map.of();
    private int notCreated;

    public ModelFiller(ModelBuilder builder) {
        this.builder = builder;
    }

    private static Map<String, ResourceMapper> mappers() {
        Map<String, ResourceMapper> m = new HashMap<>();
        NetworkMappers.register(m);
        m.put("AWS::EC2::Route", new RouteMapper());
        SecurityGroupMappers.register(m);
        LoadBalancingMappers.register(m);
        EcsMappers.register(m);
        ComputeMappers.register(m);
        StorageMappers.register(m);
        return Map.copyOf(m);
    }

    /**
     * Fills the builder from {@code top} and every nested stack it loads; returns what was done.
     *
     * @param nestedNotLoaded nested stacks not read, with their location, for the summary
     * @param whyNotRead nested stacks not read, with why, filled as they are met: for the
     *                   placeholders of what they may hold
     */
    public LoadSummary fill(StackScope top, Map<String, String> nestedNotLoaded, Map<String, String> whyNotRead) {
        this.whyNotRead = whyNotRead;
        place(top);
        Externals externals = new Externals(builder, top.file());
        MappingContext ctx = new MappingContext(builder, placed, new AzEntities(builder, top.region().name()), externals);
        for (Placed p : placed.values()) {
            ResourceMapper mapper = MAPPERS.get(p.type());
            if (mapper != null) {
                EntityBuilder e = ResourceKinds.kindOf(p.type())
                        .map(kind -> builder.find(kind, p.entityId()).orElseThrow()).orElse(null);
                mapper.map(ctx, p, e);
            }
        }
        ScalableTargets.apply(ctx, top.file());
        // Outside entities get their unknowns first, so facts copied from them (an instance's
        // AZ from its outside subnet) carry the unknown along.
        externals.finish();
        ctx.finish();
        Exports.alias(builder, scopes);
        return new LoadSummary(files, byKind, skipped, notCreated, nestedNotLoaded, notExpanded, externals.size());
    }

    /** Pass 1: every stack, breadth first, every resource that may exist. */
    private void place(StackScope top) {
        Deque<StackScope> stacks = new ArrayDeque<>();
        stacks.add(top);
        while (!stacks.isEmpty()) {
            StackScope scope = stacks.poll();
            scopes.add(scope);
            files.add(scope.file());
            scope.template().notExpanded().forEach(k -> notExpanded.add(scope.prefix() + k));
            for (Resource r : scope.template().resources().values()) {
                Truth exists = scope.exists(r);
                if (exists.isFalse()) {
                    notCreated++;
                    continue;
                }
                Placed p = new Placed(scope, r, scope.entityId(r.logicalId()), exists);
                placed.put(p.entityId(), p);
                if (StackScope.isNestedStack(r)) {
                    Optional<StackScope> child = scope.children().child(scope, r);
                    child.ifPresent(stacks::add);
                    String why = child.isEmpty() ? whyNotRead.get(p.entityId()) : null;
                    if (why != null) {
                        UnreadStackPlaceholders.add(builder, p, why);
                    }
                }
                Optional<String> kind = ResourceKinds.kindOf(r.type());
                if (kind.isPresent()) {
                    EntityBuilder e = builder.entity(kind.get(), p.entityId()).origin(p.origin());
                    p.existenceUnknown().ifPresent(e::existenceUnknown);
                    p.suppress(e);
                    byKind.merge(kind.get(), 1, Integer::sum);
                } else if (!ResourceKinds.known(r.type())) {
                    skipped.merge(r.type(), 1, Integer::sum);
                }
            }
        }
    }
}
