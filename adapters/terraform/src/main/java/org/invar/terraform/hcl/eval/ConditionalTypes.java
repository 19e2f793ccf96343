package org.invar.terraform.hcl.eval;

import java.util.List;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.TypeOf;
import org.invar.terraform.hcl.value.Unify;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * The type of a conditional's result: HCL converts the branch taken to the type both branches
 * unify to, so {@code true ? 1 : "a"} is {@code "1"}. The other branch is evaluated for its type
 * only when it refers to nothing (a literal, a constructor of literals, a call over them), so that
 * a branch not taken never evaluates resources, variables or modules; a branch that does refer to
 * something leaves the result as it is.
 */
final class ConditionalTypes {
    private ConditionalTypes() {
    }

    static Value unified(Evaluator evaluator, Value chosen, Expr other, Scope scope, Expr.Conditional conditional) {
        Value chosenValue = Values.force(chosen);
        if (chosenValue instanceof Value.Unknown || chosenValue instanceof Value.OpenList || chosenValue instanceof Value.Null
                || !constant(other)) {
            return chosen;
        }
        Value o;
        try {
            o = evaluator.eval(other, scope);
        } catch (EvalException e) {
            return chosen; // HCL reports the errors of the branch taken only
        }
        Type t = Unify.types(List.of(TypeOf.of(chosenValue), TypeOf.of(o)));
        if (t == null) {
            throw new EvalException(conditional.pos(), "the results of this conditional must have types that convert to"
                    + " one type: the " + (other == conditional.otherwise() ? "true" : "false") + " result is "
                    + Values.kind(chosenValue) + ", the other " + Values.kind(o) + "; use tostring() or another"
                    + " conversion", true);
        }
        if (t instanceof Type.Any) {
            return chosen;
        }
        try {
            return Convert.value(chosenValue, t);
        } catch (Convert.Failure f) {
            return chosen;
        }
    }

    /** Whether an expression refers to no name at all. */
    static boolean constant(Expr e) {
        if (e instanceof Expr.Literal) {
            return true;
        }
        if (e instanceof Expr.Template t) {
            return t.parts().stream().allMatch(ConditionalTypes::constant);
        }
        if (e instanceof Expr.TupleCons t) {
            return t.items().stream().allMatch(ConditionalTypes::constant);
        }
        if (e instanceof Expr.ObjectCons o) {
            return o.items().stream().allMatch(i -> constant(i.key()) && constant(i.value()));
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().allMatch(ConditionalTypes::constant);
        }
        if (e instanceof Expr.Unary u) {
            return constant(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return constant(b.left()) && constant(b.right());
        }
        if (e instanceof Expr.Conditional c) {
            return constant(c.condition()) && constant(c.then()) && constant(c.otherwise());
        }
        return false;
    }
}
