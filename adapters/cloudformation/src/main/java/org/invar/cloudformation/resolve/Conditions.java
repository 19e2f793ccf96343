package org.invar.cloudformation.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.model.Suggestions;

/**
 * The Conditions section: each condition evaluated once, on demand, to true, false or unknown.
 * {@code Fn::Equals} compares resolved values; {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}
 * and {@code Condition} combine conditions with Kleene logic. A condition that needs itself is
 * an error.
 */
public final class Conditions {
    private final StackScope scope;
    private final Map<String, Truth> values = new HashMap<>();

    Conditions(StackScope scope) {
        this.scope = scope;
    }

    /** The named condition's value; {@code usedAt} is where the name is written, for errors. */
    public Truth truth(String name, Pos usedAt) {
        Truth known = values.get(name);
        if (known != null) {
            return known;
        }
        Node.Entry def = scope.template().conditions().get(name);
        if (def == null) {
            throw TemplateSyntax.error(scope.file(), usedAt, "no condition named " + name
                    + Suggestions.didYouMean(name, scope.template().conditions().keySet()));
        }
        Truth t = scope.guard().within(scope.prefix() + "Conditions." + name, scope.file(), usedAt,
                () -> evaluate(def.value()));
        if (!t.isKnown()) {
            t = Truth.unknown("condition " + name + " cannot be decided: " + t.reason());
        }
        values.put(name, t);
        return t;
    }

    /** A condition expression: a function call or {@code {Condition: Name}}. */
    Truth evaluate(Node n) {
        if (!(n instanceof Node.Mapping m) || m.single().isEmpty()) {
            throw TemplateSyntax.error(scope.file(), n.pos(),
                    "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition");
        }
        Node.Entry call = m.single().get();
        Node arg = call.value();
        return switch (call.key()) {
            case "Fn::Equals" -> {
                List<Node> args = Args.list(scope, arg, "Fn::Equals", 2, 2);
                yield Equality.of(scope.resolver().resolve(args.get(0)), scope.resolver().resolve(args.get(1)));
            }
            case "Fn::And", "Fn::Or" -> {
                boolean and = call.key().equals("Fn::And");
                Truth t = Truth.of(and);
                for (Node item : Args.list(scope, arg, call.key(), 1, 10)) {
                    Truth v = evaluate(item);
                    t = and ? t.and(v) : t.or(v);
                }
                yield t;
            }
            case "Fn::Not" -> evaluate(Args.list(scope, arg, "Fn::Not", 1, 1).get(0)).not();
            case "Condition" -> truth(Args.name(scope, arg, "Condition"), arg.pos());
            default -> throw TemplateSyntax.error(scope.file(), call.keyPos(), call.key()
                    + " is not a condition function; a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition");
        };
    }
}
