package org.invar.terraform.hcl.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.invar.model.Suggestions;
import org.invar.terraform.hcl.function.FunctionException;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.function.HclFunction;
import org.invar.terraform.hcl.function.LazyFunction;
import org.invar.terraform.hcl.function.Param;
import org.invar.terraform.hcl.function.Template;
import org.invar.terraform.hcl.function.TerraformFunctionNames;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * A call of a function, as HCL and go-cty make it: the arguments are evaluated (a list expanded
 * with {@code ...}), counted, converted to their parameters' types, checked for null, and an
 * unknown argument makes the result unknown unless the parameter takes unknowns. A wrong
 * argument is an error at that argument that says what the function expects.
 */
final class FunctionCall {
    private FunctionCall() {
    }

    static Value eval(Evaluator evaluator, Functions functions, Expr.Call c, Scope scope) {
        if (c.name().startsWith(PROVIDER)) {
            return providerFunction(evaluator, c, scope);
        }
        String name = c.name().startsWith(CORE) ? c.name().substring(CORE.length()) : c.name();
        HclFunction f = functions.find(name).orElse(null);
        if (f == null) {
            throw noSuchFunction(c, name);
        }
        if (f instanceof Template t && !t.fromFile() && !c.args().isEmpty() && c.args().get(0) instanceof Expr.Template) {
            throw new EvalException(c.args().get(0).pos(), "templatestring(): invalid template expression:"
                    + " templatestring is only for rendering templates retrieved dynamically from elsewhere, and so"
                    + " does not support providing a literal template; consider using a template string expression"
                    + " instead", true);
        }
        List<Supplier<Value>> args = new ArrayList<>();
        List<Pos> positions = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            Expr arg = c.args().get(i);
            if (c.expandLast() && i == c.args().size() - 1) {
                Value last = Values.force(evaluator.eval(arg, scope));
                if (last instanceof Value.Unknown || last instanceof Value.OpenList) {
                    return Values.unknown(List.of(last));
                }
                if (!(last instanceof Value.Tuple t)) {
                    throw new EvalException(arg.pos(), "only a list can be expanded with ..., not " + Values.kind(last), true);
                }
                t.items().forEach(v -> {
                    args.add(() -> v);
                    positions.add(arg.pos());
                });
            } else {
                args.add(memo(() -> evaluator.eval(arg, scope)));
                positions.add(arg.pos());
            }
        }
        if (args.size() < f.minArgs() || args.size() > f.maxArgs()) {
            throw new EvalException(c.pos(), name + "() takes " + arity(f) + ": " + f.usage() + "; given "
                    + args.size(), false);
        }
        try {
            if (f instanceof LazyFunction lazy) {
                return lazy.applyLazy(args, (ex) -> ex instanceof EvalException ee && ee.recoverable());
            }
            List<Value> values = new ArrayList<>();
            args.forEach(a -> values.add(a.get()));
            if (!f.params().isEmpty() || f.variadic() != null) {
                return typed(f, values, positions, c, functions);
            }
            if (f.convertsOnly() && values.size() == 1 && Values.force(values.get(0)) instanceof Value.Unknown u) {
                return u; // tolist(var.ids) is var.ids
            }
            if (!f.acceptsUnknown()) {
                Optional<Value.Unknown> unknown = Values.anyUnknown(values.stream().map(Values::force).toList());
                if (unknown.isPresent()) {
                    return unknown.get();
                }
                if (values.stream().anyMatch(v -> v instanceof Value.OpenList)) {
                    return Values.unknown(values.stream().filter(v -> v instanceof Value.OpenList).toList());
                }
            }
            return f.apply(values);
        } catch (FunctionException ex) {
            Pos at = ex.argument() >= 0 && ex.argument() < positions.size() ? positions.get(ex.argument()) : c.pos();
            throw new EvalException(at, c.name() + "(): " + ex.getMessage(), true);
        }
    }

    /** Converts, checks and calls; of an unknown it gives that unknown, still the variable it may be. */
    private static Value typed(HclFunction f, List<Value> values, List<Pos> positions, Expr.Call c,
                               Functions functions) {
        List<Value> unknown = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Param p = i < f.params().size() ? f.params().get(i) : f.variadic();
            Value v = values.get(i);
            Value forced = p.type() instanceof Type.Any ? v : Values.force(v);
            try {
                forced = Convert.value(forced, p.type());
            } catch (Convert.Failure failure) {
                throw new EvalException(positions.get(i), f.usage() + ": argument " + (i + 1) + " (" + p.name()
                        + ") must be " + article(Convert.friendly(p.type())) + mismatch(failure, Values.force(v)), true);
            }
            Value top = Values.force(forced);
            if (top instanceof Value.Null && !p.allowNull()) {
                throw new EvalException(positions.get(i), f.usage() + ": argument " + (i + 1) + " (" + p.name()
                        + ") must not be null", true);
            }
            if ((top instanceof Value.Unknown || top instanceof Value.OpenList) && !p.allowUnknown()) {
                unknown.add(top);
            }
            values.set(i, forced);
        }
        if (!unknown.isEmpty()) {
            return f.convertsOnly() && unknown.size() == 1 ? unknown.get(0) : Values.unknown(unknown);
        }
        if (f instanceof Template t) {
            return t.render(values, new TemplateRendering(functions), "templatestring at " + c.pos());
        }
        return f.apply(values);
    }

    private static String mismatch(Convert.Failure failure, Value given) {
        if (!failure.path().isEmpty()) {
            return "; at " + failure.path() + ": " + failure.reason();
        }
        boolean generic = failure.reason().endsWith(" required") && !failure.reason().startsWith("a ");
        return ", not " + Values.kind(given) + (generic ? "" : " (" + failure.reason() + ")");
    }

    private static String article(String friendly) {
        return friendly.startsWith("any") ? friendly : (friendly.matches("^[aeiou].*") ? "an " : "a ") + friendly;
    }

    /**
     * A name no function of a configuration has: {@code type} (which only terraform console
     * has, as Terraform says too), or a mistake, with a "did you mean".
     */
    private static EvalException noSuchFunction(Expr.Call c, String name) {
        if (name.equals("type")) {
            return new EvalException(c.pos(), "there is no function named \"type\" in a configuration: Terraform has"
                    + " it only in terraform console; to check a value's type use a variable's type constraint or"
                    + " can(tostring(...))", false);
        }
        return new EvalException(c.pos(), "unknown function " + c.name() + "()"
                + Suggestions.didYouMean(name, TerraformFunctionNames.ALL)
                + "; Terraform 1.11 has no function of this name", false);
    }

    /**
     * A function a provider defines ({@code provider::aws::arn_parse}): Terraform asks the
     * provider, which invar does not run, so unknown, its arguments' resources candidates.
     */
    private static Value providerFunction(Evaluator evaluator, Expr.Call c, Scope scope) {
        String[] parts = c.name().split("::");
        if (parts.length != 3) {
            throw new EvalException(c.pos(), "invalid provider function name " + c.name() + "(); a provider"
                    + " function is called as provider::PROVIDER::FUNCTION(...)", false);
        }
        String reason = c.name() + "() at " + c.pos() + " is a function of the " + parts[1]
                + " provider, which invar does not run";
        List<Value> args = new ArrayList<>();
        c.args().forEach(a -> args.add(evaluator.eval(a, scope)));
        Set<String> sources = new LinkedHashSet<>();
        args.forEach(a -> Values.collect(Values.force(a), sources));
        return new Value.Unknown(reason, sources, true);
    }

    private static final String CORE = "core::";
    private static final String PROVIDER = "provider::";

    private static String arity(HclFunction f) {
        if (f.minArgs() == f.maxArgs()) {
            return f.minArgs() + " argument" + (f.minArgs() == 1 ? "" : "s");
        }
        return f.maxArgs() == Integer.MAX_VALUE ? "at least " + f.minArgs() + " argument(s)"
                : f.minArgs() + " to " + f.maxArgs() + " arguments";
    }

    private static Supplier<Value> memo(Supplier<Value> s) {
        Value[] box = new Value[1];
        return () -> box[0] != null ? box[0] : (box[0] = s.get());
    }
}
