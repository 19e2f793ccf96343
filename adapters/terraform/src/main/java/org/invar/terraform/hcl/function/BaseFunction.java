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
    private final List<Param> params;
    private final Param variadic;

    /** A function that checks its arguments itself. */
    BaseFunction(String name, String usage, int min, int max) {
        this.name = name;
        this.usage = usage;
        this.min = min;
        this.max = max;
        this.params = List.of();
        this.variadic = null;
    }

    /** A function of typed parameters, and any number of further arguments for {@code variadic} unless it is null. */
    BaseFunction(String name, List<Param> params, Param variadic) {
        this.name = name;
        this.params = List.copyOf(params);
        this.variadic = variadic;
        this.min = params.size();
        this.max = variadic == null ? params.size() : MANY;
        List<String> names = new java.util.ArrayList<>(params.stream().map(Param::name).toList());
        if (variadic != null) {
            names.add(variadic.name() + "...");
        }
        this.usage = name + "(" + String.join(", ", names) + ")";
    }

    BaseFunction(String name, Param... params) {
        this(name, List.of(params), null);
    }

    @Override
    public List<Param> params() {
        return params;
    }

    @Override
    public Param variadic() {
        return variadic;
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
