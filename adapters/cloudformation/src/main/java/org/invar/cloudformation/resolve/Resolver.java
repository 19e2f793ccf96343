package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.spi.ModelLoadException;

/**
 * Resolves template values in one stack: literals as they are, intrinsic functions evaluated as
 * far as they can be before deploy (see {@link Val}). It recurses once per level of the tree,
 * which the reader has bounded ({@code ReadLimits.maxDepth}).
 *
 * <pre>{@code
 * Val subnets = scope.resolver().resolve(resource.property("Subnets").orElseThrow());
 * }</pre>
 */
public final class Resolver {
    private static final String DYNAMIC_REFERENCE = "{{resolve:";
    private static final Map<String, Intrinsic> FUNCTIONS = Map.ofEntries(
            Map.entry("Ref", new RefFunction()),
            Map.entry("Fn::GetAtt", new GetAttFunction()),
            Map.entry("Fn::Sub", new SubFunction()),
            Map.entry("Fn::Join", new JoinFunction()),
            Map.entry("Fn::Select", new SelectFunction()),
            Map.entry("Fn::Split", new SplitFunction()),
            Map.entry("Fn::GetAZs", new GetAzsFunction()),
            Map.entry("Fn::If", new IfFunction()),
            Map.entry("Fn::FindInMap", new FindInMapFunction()),
            Map.entry("Fn::ImportValue", new ImportValueFunction()),
            Map.entry("Fn::GetStackOutput", new GetStackOutputFunction()),
            Map.entry("Fn::Base64", new Base64Function()),
            Map.entry("Fn::Cidr", new CidrFunction()),
            Map.entry("Fn::Length", new LengthFunction()),
            Map.entry("Fn::ToJsonString", new ToJsonStringFunction()),
            Map.entry("Fn::Equals", condition("Fn::Equals")),
            Map.entry("Fn::And", condition("Fn::And")),
            Map.entry("Fn::Or", condition("Fn::Or")),
            Map.entry("Fn::Not", condition("Fn::Not")),
            Map.entry("Fn::Transform", (r, arg, pos) ->
                    Val.unknown("Fn::Transform runs a macro at deploy time")));

    private final StackScope scope;

    Resolver(StackScope scope) {
        this.scope = scope;
    }

    public StackScope scope() {
        return scope;
    }

    public Val resolve(Node n) {
        if (n instanceof Node.Scalar s) {
            if (s.isNull()) {
                return Val.Null.INSTANCE;
            }
            if (s.text().contains(DYNAMIC_REFERENCE)) {
                return Val.symbol(new Symbol.Opaque("dynamic reference " + s.text().strip()
                        + " is resolved at deploy time"));
            }
            return Val.text(s.text());
        }
        if (n instanceof Node.Sequence seq) {
            List<Val> items = new ArrayList<>(seq.items().size());
            for (Node item : seq.items()) {
                Val v = resolve(item);
                if (v != Val.NoValue.INSTANCE) {
                    items.add(v);
                }
            }
            return new Val.ListV(items);
        }
        Node.Mapping m = (Node.Mapping) n;
        if (m.size() == 1) {
            Node.Entry call = m.single().orElseThrow();
            Intrinsic fn = FUNCTIONS.get(call.key());
            if (fn != null) {
                return fn.apply(this, call.value(), call.keyPos());
            }
        }
        Map<String, Val> entries = new LinkedHashMap<>();
        for (Node.Entry e : m.entries().values()) {
            Val v = resolve(e.value());
            if (v != Val.NoValue.INSTANCE) {
                entries.put(e.key(), v);
            }
        }
        return new Val.MapV(entries);
    }

    /** A condition function used as a value: "true", "false" or unknown. */
    private static Intrinsic condition(String function) {
        return (r, arg, pos) -> {
            Truth t = r.scope.conditions().evaluate(Node.Mapping.of(function, arg, pos));
            return t.isKnown() ? Val.text(t.value().toString()) : Val.unknown(t.reason());
        };
    }

    /** Resolves a value that must be a literal string (a delimiter, a mapping key), or fails at its position. */
    String literal(Node n, String what) {
        Val v = resolve(n);
        if (v instanceof Val.Str s && s.literal().isPresent()) {
            return s.literal().get();
        }
        throw error(n.pos(), what + " must be a literal string");
    }

    ModelLoadException error(Pos pos, String message) {
        return TemplateSyntax.error(scope.file(), pos, message);
    }
}
