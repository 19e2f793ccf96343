package org.invar.terraform.hcl.eval;

import java.math.BigDecimal;
import java.util.List;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Numbers;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** HCL's binary operators: arithmetic and comparison of numbers, equality, and logic of bools. */
final class Operators {
    private Operators() {
    }

    static Value binary(String op, Value left, Value right, Pos pos) {
        Value a = Values.force(left);
        Value b = Values.force(right);
        if (op.equals("&&") || op.equals("||")) {
            return logic(op, a, b, pos);
        }
        if (a.hasUnknown() || b.hasUnknown()) {
            return Values.unknown(List.of(a, b));
        }
        return switch (op) {
            case "==" -> new Value.Bool(Values.same(a, b));
            case "!=" -> new Value.Bool(!Values.same(a, b));
            case "<" -> new Value.Bool(number(a, op, pos).compareTo(number(b, op, pos)) < 0);
            case ">" -> new Value.Bool(number(a, op, pos).compareTo(number(b, op, pos)) > 0);
            case "<=" -> new Value.Bool(number(a, op, pos).compareTo(number(b, op, pos)) <= 0);
            case ">=" -> new Value.Bool(number(a, op, pos).compareTo(number(b, op, pos)) >= 0);
            default -> arithmetic(op, number(a, op, pos), number(b, op, pos), pos);
        };
    }

    private static Value arithmetic(String op, BigDecimal x, BigDecimal y, Pos pos) {
        if (op.equals("/") && y.signum() == 0) {
            throw new EvalException(pos, "division by zero", true);
        }
        // Terraform's numbers are binary with a 512-bit mantissa: Numbers computes as they do
        return new Value.Num(switch (op) {
            case "+" -> Numbers.add(x, y);
            case "-" -> Numbers.subtract(x, y);
            case "*" -> Numbers.multiply(x, y);
            case "/" -> Numbers.divide(x, y);
            default -> Numbers.remainder(x, y);
        });
    }

    /** A known false (for &&) or true (for ||) decides, even beside an unknown. */
    private static Value logic(String op, Value a, Value b, Pos pos) {
        boolean and = op.equals("&&");
        for (Value v : List.of(a, b)) {
            if (asBool(v) instanceof Value.Bool x && x.value() != and) {
                return new Value.Bool(!and);
            }
        }
        if (a.hasUnknown() || b.hasUnknown()) {
            return Values.unknown(List.of(a, b));
        }
        bool(a, op, pos);
        bool(b, op, pos);
        return new Value.Bool(and); // && of two trues, || of two falses
    }

    private static boolean bool(Value v, String op, Pos pos) {
        if (asBool(v) instanceof Value.Bool b) {
            return b.value();
        }
        throw new EvalException(pos, op + " applies to bools, not " + Values.kind(v), true);
    }

    /** A bool, or a string "true" or "false" converted to one as HCL converts operands; anything else as it is. */
    static Value asBool(Value v) {
        try {
            return v instanceof Value.Str ? Convert.value(v, Type.Primitive.BOOL) : v;
        } catch (Convert.Failure f) {
            return v;
        }
    }

    private static BigDecimal number(Value v, String op, Pos pos) {
        return Values.number(v).orElseThrow(() -> new EvalException(pos, op + " applies to numbers, not "
                + Values.kind(v) + " (" + Values.show(v) + ")", true));
    }
}
