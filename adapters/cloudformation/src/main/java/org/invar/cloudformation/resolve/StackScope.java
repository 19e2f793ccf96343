package org.invar.cloudformation.resolve;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.template.Output;
import org.invar.cloudformation.template.Resource;
import org.invar.cloudformation.template.Template;

/**
 * One stack being resolved: its template, parameter values, region, where its entities' ids
 * start ({@code ""} for the top stack, {@code "Child/"} for a nested one) and, for a nested
 * stack whose own condition is not known, why it may not exist.
 *
 * <pre>{@code
 * StackScope scope = StackScope.top(template, Map.of("Count", Val.text("2")), region);
 * Val count = scope.resolver().resolve(node);
 * }</pre>
 */
public final class StackScope {
    private final Template template;
    private final Map<String, Val> parameters;
    private final Region region;
    private final String prefix;
    private final CycleGuard guard;
    private final ChildStacks children;
    private final String existence;
    private final int depth;
    private final String stackName;
    private final Conditions conditions;
    private final Resolver resolver;
    /** Resolved properties by resource (identity: one template, one object a resource), then by name. */
    private final Map<Resource, Map<String, Val>> propertyCache = new IdentityHashMap<>();
    private final Map<String, Val> outputCache = new HashMap<>();

    /**
     * @param stackName the name the stack is deployed as ({@code AWS::StackName}), or null when it
     *                  is not known (a nested stack's name is CloudFormation's choice)
     */
    public StackScope(Template template, Map<String, Val> given, Region region, String prefix, CycleGuard guard,
                      ChildStacks children, String existence, int depth, String stackName) {
        this.template = template;
        this.region = region;
        this.prefix = prefix;
        this.guard = guard;
        this.children = children;
        this.existence = existence;
        this.depth = depth;
        this.stackName = stackName;
        this.parameters = ParameterValues.of(template, given, prefix);
        this.conditions = new Conditions(this);
        this.resolver = new Resolver(this);
    }

    /** The top stack of a load, without nested stacks. */
    public static StackScope top(Template template, Map<String, Val> given, Region region) {
        return new StackScope(template, given, region, "", new CycleGuard(), ChildStacks.NONE, null, 0, null);
    }

    public Template template() {
        return template;
    }

    public String file() {
        return template.file();
    }

    public Map<String, Val> parameters() {
        return parameters;
    }

    public Region region() {
        return region;
    }

    public String prefix() {
        return prefix;
    }

    public CycleGuard guard() {
        return guard;
    }

    public ChildStacks children() {
        return children;
    }

    /** Why this whole stack may not exist (its nested-stack resource's condition is unknown), or empty. */
    public Optional<String> existence() {
        return Optional.ofNullable(existence);
    }

    /** The name the stack is deployed as, when it is known. */
    public Optional<String> stackName() {
        return Optional.ofNullable(stackName);
    }

    /** How many stacks are above this one. */
    public int depth() {
        return depth;
    }

    public Conditions conditions() {
        return conditions;
    }

    public Resolver resolver() {
        return resolver;
    }

    /** Whether a resource is a nested stack ({@code AWS::CloudFormation::Stack}, {@code AWS::Serverless::Application}). */
    public static boolean isNestedStack(Resource r) {
        return GetAttFunction.NESTED_STACK_TYPES.contains(r.type());
    }

    /** The model id of a resource of this stack. */
    public String entityId(String logicalId) {
        return prefix + logicalId;
    }

    /** A top-level property of a resource of this stack, resolved once; absent is {@link Val.NoValue}. */
    public Val property(Resource resource, String name) {
        Map<String, Val> resolved = propertyCache.computeIfAbsent(resource, r -> new HashMap<>(8));
        Val cached = resolved.get(name);
        if (cached != null) {
            return cached;
        }
        Node node = resource.property(name).orElse(null);
        Val v = node == null ? Val.NoValue.INSTANCE
                : guard.within(entityId(resource.logicalId()) + "." + name, file(), node.pos(),
                        () -> resolver.resolve(node));
        resolved.put(name, v);
        return v;
    }

    /** Whether a resource of this stack is created: its condition, and the stack's own existence. */
    public Truth exists(Resource resource) {
        Truth own = resource.condition().map(c -> conditions.truth(c, resource.conditionPos())).orElse(Truth.TRUE);
        if (own.isFalse() || existence == null) {
            return own;
        }
        return own.isTrue() ? Truth.unknown(existence) : own;
    }

    /** An output of this stack, resolved once: unknown when its condition is not known, absent when false. */
    public Val output(String name) {
        Val cached = outputCache.get(name);
        if (cached != null) {
            return cached;
        }
        Output out = template.outputs().get(name);
        Truth exists = out.condition().map(c -> conditions.truth(c, out.pos())).orElse(Truth.TRUE);
        Val v;
        if (exists.isFalse()) {
            v = Val.unknown("output " + name + " of " + file() + " does not exist: its condition is false");
        } else if (!exists.isKnown()) {
            v = Val.unknown("output " + name + " of " + file() + " may not exist: " + exists.reason());
        } else {
            v = guard.within(prefix + "Outputs." + name, file(), out.pos(), () -> resolver.resolve(out.value()));
        }
        outputCache.put(name, v);
        return v;
    }
}
