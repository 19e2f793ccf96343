package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code indent(spaces, str)}: spaces added at the start of every line but the first. */
final class Indent extends BaseFunction {
    Indent() {
        super("indent", Param.number("spaces"), Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        int spaces = integer(0, args.get(0), "the number of spaces");
        if (spaces < 0) {
            throw new FunctionException(0, "the number of spaces must not be negative, is " + spaces);
        }
        return str(text(args.get(1)).replace("\n", "\n" + " ".repeat(spaces)));
    }
}
