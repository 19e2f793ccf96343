package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code tostring(value)} and {@code tonumber(value)}: conversions of a string, number or bool. */
final class ToString extends BaseFunction {
    private final boolean number;

    private ToString(boolean number) {
        super(number ? "tonumber" : "tostring", number ? "tonumber(value)" : "tostring(value)", 1, 1);
        this.number = number;
    }

    static ToString string() {
        return new ToString(false);
    }

    static ToString number() {
        return new ToString(true);
    }

    @Override
    public boolean convertsOnly() {
        return true;
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (v instanceof Value.Null) {
            return v;
        }
        if (number) {
            return new Value.Num(number(v, "the argument"));
        }
        return new Value.Str(string(v, "the argument"));
    }
}
