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

    /** A string argument, converted already. */
    static String text(Value v) {
        return ((Value.Str) Values.force(v)).value();
    }

    /** A number argument, converted already. */
    static BigDecimal num(Value v) {
        return ((Value.Num) Values.force(v)).value();
    }

    /** A bool argument, converted already. */
    static boolean bool(Value v) {
        return ((Value.Bool) Values.force(v)).value();
    }

    /** The elements of a list, set or tuple argument, converted already. */
    static List<Value> items(Value v) {
        return ((Value.Tuple) Values.force(v)).items();
    }

    /** The attributes of a map or object argument, converted already. */
    static java.util.Map<String, Value> entries(Value v) {
        return ((Value.Obj) Values.force(v)).attributes();
    }

    /** A whole number argument (argument {@code arg}, from 0) that fits an int. */
    static int integer(int arg, Value v, String what) {
        BigDecimal n = num(v);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            try {
                n.toBigIntegerExact();
                throw new FunctionException(arg, what + " is out of range: " + n.toPlainString());
            } catch (ArithmeticException notWhole) {
                throw new FunctionException(arg, what + " must be a whole number, not " + n.toPlainString());
            }
        }
    }

    /** When a part of any of these values is unknown, an unknown standing for the result; else null. */
    static Value unknownIn(Value... values) {
        List<Value> parts = java.util.Arrays.stream(values).map(Values::force).filter(Value::hasUnknown).toList();
        return parts.isEmpty() ? null : Values.unknown(parts);
    }

    /** A value written as text by an encoder (jsonencode, yamlencode); of a value with unknown parts, unknown. */
    static Value encoded(Value value, java.util.function.Function<Value, String> encoder) {
        Value v = Values.force(value);
        if (v.hasUnknown()) {
            return Values.unknown(List.of(v));
        }
        return new Value.Str(encoder.apply(v));
    }

    static Value list(List<Value> items) {
        return Value.Tuple.of(items);
    }

    static Value strings(List<String> items) {
        return Value.Tuple.of(items.stream().<Value>map(Value.Str::new).toList());
    }

    static Value str(String s) {
        return new Value.Str(s);
    }

    /**
     * The values converted to the one type they unify to (as Terraform does for the arguments of
     * {@code coalesce} or the elements of a list), or null when there is none.
     */
    static List<Value> unified(List<Value> values) {
        org.invar.terraform.hcl.value.Type t = org.invar.terraform.hcl.value.Unify.types(
                values.stream().map(org.invar.terraform.hcl.value.TypeOf::of).toList());
        if (t == null) {
            return null;
        }
        try {
            return values.stream().map(v -> org.invar.terraform.hcl.value.Convert.value(v, t)).toList();
        } catch (org.invar.terraform.hcl.value.Convert.Failure f) {
            return null;
        }
    }

    /** Whether a value is a list, set or tuple. */
    static boolean sequence(Value v) {
        return Values.force(v) instanceof Value.Tuple;
    }
}
