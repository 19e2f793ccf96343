package org.invar.terraform.hcl.module;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Evaluator;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.Addresses;

/**
 * The instances a {@code count} or {@code for_each} makes: their keys and {@code each} values, or
 * why they are not known.
 *
 * @param byCount whether {@code count} makes them (so {@code count.index} is bound, not {@code each})
 */
record Expansion(List<Instance> instances, Value.Unknown unknown, boolean byCount) {
    /** The most instances one resource or module call may have. */
    static final int MAX_INSTANCES = 10_000;

    /** One instance: its key, and what its expressions see as {@code count.index} or {@code each}. */
    sealed interface Instance {
        /** Its key: {@link Json#NULL}, a count index, a for_each key, or {@link Addresses#UNKNOWN_KEY}. */
        Json key();

        /** The names {@code count.index} and {@code each.key}/{@code each.value} for its expressions. */
        Scope bind(Scope scope);
    }

    /** An instance whose key is known, with its {@code each.value}. */
    record Keyed(Json key, Value eachValue) implements Instance {
        @Override
        public Scope bind(Scope scope) {
            if (key instanceof Json.Num n) {
                return scope.with("count", new Value.Obj(Map.of("index", new Value.Num(new BigDecimal(n.literal())))));
            }
            if (key instanceof Json.Str s) {
                return scope.with("each", new Value.Obj(Map.of("key", new Value.Str(s.value()), "value", eachValue)));
            }
            return scope;
        }
    }

    /**
     * The one instance, {@code [?]}, that stands for all instances when how many there are is not
     * known: what its body says holds for each of them, but {@code count.index} (or {@code each.key}
     * and {@code each.value}) is unknown.
     */
    record AnyInstance(boolean byCount, Value.Unknown why) implements Instance {
        @Override
        public Json key() {
            return Addresses.UNKNOWN_KEY;
        }

        @Override
        public Scope bind(Scope scope) {
            return byCount ? scope.with("count", new Value.Obj(Map.of("index", why)))
                    : scope.with("each", new Value.Obj(Map.of("key", why, "value", why)));
        }
    }

    static final Expansion SINGLE = new Expansion(List.of(new Keyed(Json.NULL, Value.NULL)), null, false);

    boolean known() {
        return unknown == null;
    }

    /**
     * The instance that stands for those not known ({@code [?]}); only when they are not.
     *
     * @param what the resource or module call, for the reason {@code count.index} or {@code each} is unknown
     */
    AnyInstance anyInstance(String what) {
        return new AnyInstance(byCount, Value.Unknown.because((byCount ? "count.index" : "each") + " of " + what
                + "[?] is not known: how many instances " + what + " has is not known"));
    }

    static Expansion of(Expr count, Expr forEach, Evaluator evaluator, Scope scope, String what) {
        if (count != null) {
            Value v = Values.force(evaluator.eval(count, scope));
            if (v instanceof Value.Unknown u) {
                return new Expansion(List.of(), u, true);
            }
            int n = Values.number(v).filter(x -> x.signum() >= 0 && x.stripTrailingZeros().scale() <= 0)
                    .map(java.math.BigDecimal::intValue).orElseThrow(() -> new EvalException(count.pos(), "the count of "
                            + what + " must be a whole number of at least 0, not " + Values.show(v), false));
            limit(n, count, what);
            List<Instance> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(new Keyed(new Json.Num(Integer.toString(i)), Value.NULL));
            }
            return new Expansion(out, null, true);
        }
        if (forEach != null) {
            Value v = Values.force(evaluator.eval(forEach, scope));
            if (v instanceof Value.Unknown u) {
                return new Expansion(List.of(), u, false);
            }
            if (v instanceof Value.OpenList open) {
                return new Expansion(List.of(), Value.Unknown.because(open.lengthReason()), false);
            }
            List<Instance> out = new ArrayList<>();
            if (v instanceof Value.Obj o) {
                o.attributes().forEach((k, x) -> out.add(new Keyed(new Json.Str(k), x)));
            } else if (v instanceof Value.Tuple t && t.set()) {
                if (t.hasUnknown()) {
                    return new Expansion(List.of(), Values.unknown(List.of(t)), false);
                }
                for (Value x : t.items()) {
                    String k = Values.string(x).filter(s -> x instanceof Value.Str).orElseThrow(() ->
                            new EvalException(forEach.pos(), "the for_each set of " + what + " must hold strings, not "
                                    + Values.kind(x), false));
                    out.add(new Keyed(new Json.Str(k), x));
                }
            } else {
                throw new EvalException(forEach.pos(), "the for_each of " + what + " must be a map or a set of"
                        + " strings, not " + Values.kind(v) + (v instanceof Value.Tuple ? "; wrap a list in toset()" : ""),
                        false);
            }
            limit(out.size(), forEach, what);
            return new Expansion(out, null, false);
        }
        return SINGLE;
    }

    private static void limit(int n, Expr at, String what) {
        if (n > MAX_INSTANCES) {
            throw new EvalException(at.pos(), what + " would have " + n + " instances; invar reads at most "
                    + MAX_INSTANCES, false);
        }
    }
}
