package org.invar.terraform.hcl;

import java.util.Map;
import java.util.Set;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Evaluator;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.syntax.HclSyntax;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * Evaluates one expression with a few names: {@code u} unknown (from {@code aws_subnet.a[0]}),
 * {@code v} unknown from {@code aws_subnet.a[1]}, {@code azs} the AZs of a region not given,
 * {@code m} a map, {@code l} a list.
 */
final class Evaluate {
    static final Value U = new Value.Unknown("u is not known", Set.of("aws_subnet.a[0]"));
    static final Value V = new Value.Unknown("v is not known", Set.of("aws_subnet.a[1]"));
    static final Value AZS = new Value.OpenList("azs", "the number of AZs is not known",
            i -> new Value.Str("az-" + (i + 1)));
    private static final Map<String, Value> NAMES = Map.of("u", U, "v", V, "azs", AZS,
            "m", new Value.Obj(Map.of("a", new Value.Str("x"), "b", new Value.Str("y"))),
            "l", Value.Tuple.of(java.util.List.of(new Value.Str("p"), new Value.Str("q"), new Value.Str("r"))));

    private Evaluate() {
    }

    static Value value(String expression) {
        return new Evaluator(Functions.standard()).eval(HclSyntax.expression("test.tf", expression),
                new Scope(NAMES::get));
    }

    /** An expression evaluated with the given names only, as in {@code terraform console}. */
    static Value valueIn(String expression, Functions functions, Map<String, Value> names) {
        return new Evaluator(functions).eval(HclSyntax.expression("test.tf", expression), new Scope(names::get));
    }

    /** A known value as Terraform's jsonencode() writes it. */
    static String json(Value v) {
        return ((Value.Str) new Evaluator(Functions.standard()).eval(HclSyntax.expression("test.tf", "jsonencode(x)"),
                new Scope(n -> n.equals("x") ? v : null))).value();
    }

    /** The value as HCL-like text: {@code ["a", 1]}, {@code (unknown)}. */
    static String show(String expression) {
        return showValue(value(expression));
    }

    static String showValue(Value v) {
        return v instanceof Value.Unknown ? "(unknown)" : showFull(v);
    }

    private static String showFull(Value v) {
        if (v instanceof Value.Tuple t) {
            return "[" + String.join(", ", t.items().stream().map(Evaluate::showFull).toList()) + "]";
        }
        if (v instanceof Value.Obj o) {
            return "{" + String.join(", ", o.attributes().entrySet().stream()
                    .map(e -> e.getKey() + " = " + showFull(e.getValue())).toList()) + "}";
        }
        if (v instanceof Value.Unknown) {
            return "(unknown)";
        }
        return v instanceof Value.Str s ? "\"" + s.value() + "\"" : Values.show(v);
    }

    static String error(String expression) {
        try {
            return "no error: " + show(expression);
        } catch (EvalException e) {
            return e.getMessage();
        }
    }
}
