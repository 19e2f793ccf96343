package org.invar.terraform.hcl.module;

import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Evaluator;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.eval.TypeExpressions;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * The value of a variable as Terraform makes it from what is given (or its default): converted
 * to its type constraint, optional attributes filled in with their defaults, and a null given to
 * a variable declared {@code nullable = false} replaced by its default. Validation blocks are
 * not evaluated: a value they would reject is used as it is.
 */
final class VariableValue {
    private final Declarations.Variable decl;
    private final Evaluator evaluator;
    private final String address;
    private Type type;

    VariableValue(Declarations.Variable decl, Evaluator evaluator, String address) {
        this.decl = decl;
        this.evaluator = evaluator;
        this.address = address;
    }

    /** The type constraint; {@code any} without one. */
    Type type() {
        if (type == null) {
            type = decl.typeExpression() == null ? Type.ANY : TypeExpressions.constraint(decl.typeExpression(), evaluator);
        }
        return type;
    }

    /** The default converted to the type, or null when the variable has none. */
    Value defaultValue() {
        if (decl.defaultValue() == null) {
            return null;
        }
        Value given = evaluator.eval(decl.defaultValue(), new Scope(n -> null));
        try {
            return Convert.value(given, type());
        } catch (Convert.Failure f) {
            throw new EvalException(decl.defaultValue().pos(), "the default of " + address + " does not fit its type "
                    + type().text() + ": " + f.getMessage(), false);
        }
    }

    /** What the variable is when given this value, written at {@code at} (null for a --param). */
    Value of(Value given, Pos at) {
        Value v;
        try {
            v = Convert.value(given, type());
        } catch (Convert.Failure f) {
            throw new EvalException(at == null ? decl.pos() : at, "the value given for " + address
                    + " does not fit its type " + type().text() + " (declared at " + decl.pos() + "): "
                    + f.getMessage(), false);
        }
        if (Values.force(v) instanceof Value.Null && !nullable()) {
            Value d = defaultValue();
            if (d == null) {
                throw new EvalException(at == null ? decl.pos() : at, address + " is declared nullable = false"
                        + " and has no default, so it may not be given null", false);
            }
            return d;
        }
        return v;
    }

    private boolean nullable() {
        if (decl.nullable() == null) {
            return true;
        }
        Value n = Values.force(evaluator.eval(decl.nullable(), new Scope(x -> null)));
        if (n instanceof Value.Bool b) {
            return b.value();
        }
        throw new EvalException(decl.nullable().pos(), "nullable is true or false, not " + Values.kind(n), false);
    }
}
