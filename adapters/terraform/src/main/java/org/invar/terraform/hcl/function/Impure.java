package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code timestamp()}, {@code uuid()}, {@code bcrypt(str, cost)} and {@code plantimestamp()}:
 * what they give is made when Terraform runs (a new time, a random id, a random salt), so before
 * apply it is not known, as in a plan.
 */
final class Impure extends BaseFunction {
    private final String why;

    private Impure(String name, String why, List<Param> params, Param variadic) {
        super(name, params, variadic);
        this.why = why;
    }

    static List<Impure> all() {
        return List.of(
                new Impure("timestamp", "the time Terraform applies the change", List.of(), null),
                new Impure("plantimestamp", "the time Terraform makes the plan", List.of(), null),
                new Impure("uuid", "a random id made when Terraform applies the change", List.of(), null),
                new Impure("bcrypt", "a hash with a random salt made when Terraform applies the change",
                        List.of(Param.string("str")), Param.number("cost")));
    }

    @Override
    public int maxArgs() {
        return name().equals("bcrypt") ? 2 : super.maxArgs();
    }

    @Override
    public Value apply(List<Value> args) {
        if (name().equals("bcrypt") && args.size() == 2) {
            int cost = integer(1, args.get(1), "the cost");
            if (cost < 4 || cost > 31) {
                throw new FunctionException(1, "crypto/bcrypt: cost " + cost + " is outside allowed range (4,31)");
            }
        }
        return Value.Unknown.because(name() + "() is known after apply: it is " + why);
    }
}
