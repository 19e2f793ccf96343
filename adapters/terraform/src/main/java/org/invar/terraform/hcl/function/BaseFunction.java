package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** Name, usage and arity, and the argument checks functions share. */
abstract class BaseFunction implements HclFunction {
    static final int MANY = Integer.MAX_VALUE;

    private final String name;
    private final String usage;
    private final int min;
    private final int max;

    BaseFunction(String name, String usage, int min, int max) {
        this.name = name;
        this.usage = usage;
        this.min = min;
        this.max = max;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public int minArgs() {
        return min;
    }

    @Override
    public int maxArgs() {
        return max;
    }

    static List<Value> list(Value v, String what) {
        Value f = Values.force(v);
        if (f instanceof Value.Tuple t) {
            return t.items();
        }
        throw new FunctionException(what + " must be a list, not " + Values.kind(f));
    }

    static java.util.Map<String, Value> map(Value v, String what) {
        Value f = Values.force(v);
        if (f instanceof Value.Obj o) {
            return o.attributes();
        }
        throw new FunctionException(what + " must be a map, not " + Values.kind(f));
    }

    static BigDecimal number(Value v, String what) {
        return Values.number(Values.force(v)).orElseThrow(() -> new FunctionException(what + " must be a number, not "
                + Values.kind(v)));
    }

    static int whole(Value v, String what) {
        BigDecimal n = number(v, what);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new FunctionException(what + " must be a whole number, not " + n.toPlainString());
        }
    }

    static String string(Value v, String what) {
        return Values.string(Values.force(v)).orElseThrow(() -> new FunctionException(what + " must be a string, not "
                + Values.kind(v)));
    }
}
