package org.invar.terraform.hcl.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * Evaluates HCL expressions partially: what can be known is computed, what cannot is
 * {@link Value.Unknown} with a reason, and an unknown spreads to what is computed from it
 * (keeping the resource instances it comes from). Errors are {@link EvalException}s at the
 * expression.
 */
public final class Evaluator {
    /** How deep evaluation may nest (expressions inside locals inside outputs ...). */
    static final int MAX_DEPTH = 400;
    /** The largest list or map a for expression may make. */
    static final int MAX_ELEMENTS = 100_000;
    /**
     * The elements of a variable without a value that are told apart ({@code var.ids[1]}); beyond,
     * an element is just unknown. It bounds the entities that stand for them.
     */
    static final int MAX_VARIABLE_INDEX = 100;

    private final Functions functions;
    private int depth;

    public Evaluator(Functions functions) {
        this.functions = functions;
    }

    public Value eval(Expr e, Scope scope) {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw new EvalException(e.pos(), "expressions nest more than " + MAX_DEPTH
                    + " deep (inside each other, or through locals, variables and module outputs); simplify them", false);
        }
        try {
            return evalInner(e, scope);
        } catch (Value.TooLarge tooLarge) {
            throw new EvalException(e.pos(), "this expression makes " + tooLarge.getMessage()
                    + "; invar reads no larger values", false);
        } finally {
            depth = Math.max(0, depth - 1);
        }
    }

    private Value evalInner(Expr e, Scope scope) {
        if (e instanceof Expr.Literal l) {
            return literal(l.value());
        }
        if (e instanceof Expr.Template t) {
            return template(t, scope);
        }
        if (e instanceof Expr.Variable v) {
            Value found = scope.lookup(v.name());
            if (found == null) {
                throw new EvalException(v.pos(), scope.unknownName(v.name()), false);
            }
            return found;
        }
        if (e instanceof Expr.GetAttr g) {
            return attribute(eval(g.target(), scope), g.name(), g.pos());
        }
        if (e instanceof Expr.Index x) {
            return index(eval(x.target(), scope), eval(x.key(), scope), x.pos());
        }
        if (e instanceof Expr.Splat s) {
            return splat(s, scope);
        }
        if (e instanceof Expr.SplatItem) {
            Value item = scope.lookup(SPLAT_ITEM);
            return item == null ? Value.NULL : item;
        }
        if (e instanceof Expr.Call c) {
            return call(c, scope);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u, eval(u.operand(), scope));
        }
        if (e instanceof Expr.Binary b) {
            return Operators.binary(b.op(), eval(b.left(), scope), eval(b.right(), scope), b.pos());
        }
        if (e instanceof Expr.Conditional c) {
            return conditional(c, scope);
        }
        if (e instanceof Expr.TupleCons t) {
            List<Value> items = new ArrayList<>();
            t.items().forEach(i -> items.add(eval(i, scope)));
            return Value.Tuple.of(items);
        }
        if (e instanceof Expr.ObjectCons o) {
            return object(o, scope);
        }
        if (e instanceof Expr.TemplateIf || e instanceof Expr.TemplateFor) {
            return TemplateDirectives.eval(this, e, scope);
        }
        return ForExpression.eval(this, (Expr.For) e, scope);
    }

    /** The name a splat's element is bound to while its rest is evaluated (no HCL name can be this). */
    static final String SPLAT_ITEM = "[*]";

    private static Value literal(Object v) {
        if (v == null) {
            return Value.NULL;
        }
        if (v instanceof BigDecimal n) {
            return new Value.Num(n);
        }
        if (v instanceof Boolean b) {
            return new Value.Bool(b);
        }
        return new Value.Str((String) v);
    }

    private Value template(Expr.Template t, Scope scope) {
        Expr only = t.parts().size() == 1 ? t.parts().get(0) : null;
        if (only != null && !(only instanceof Expr.Literal l && l.value() instanceof String) && !(only instanceof Expr.TemplateIf)
                && !(only instanceof Expr.TemplateFor)) {
            return eval(only, scope); // "${x}" is x itself, of any type
        }
        return text(t, scope);
    }

    /** A template as a string (or unknown), whatever its parts. */
    Value text(Expr.Template t, Scope scope) {
        StringBuilder out = new StringBuilder();
        List<Value> unknown = new ArrayList<>();
        for (Expr part : t.parts()) {
            Value v = part instanceof Expr.TemplateIf || part instanceof Expr.TemplateFor
                    ? TemplateDirectives.eval(this, part, scope) : Values.force(eval(part, scope));
            if (v instanceof Value.Unknown || v instanceof Value.OpenList) {
                unknown.add(v);
                continue;
            }
            Optional<String> s = Values.string(v);
            if (s.isEmpty()) {
                throw new EvalException(part.pos(), "cannot put " + Values.kind(v) + " into a string template;"
                        + " use jsonencode() or join() to make a string of it", true);
            }
            out.append(s.get());
        }
        return unknown.isEmpty() ? new Value.Str(out.toString()) : Values.unknown(unknown);
    }

    static Value attribute(Value target, String name, Pos pos) {
        if (target instanceof Value.Lazy l) {
            Value v = l.attribute().apply(name);
            if (v == null) {
                throw new EvalException(pos, l.name() + "." + name + " is not declared; check the spelling", false);
            }
            return v;
        }
        if (target instanceof Value.Unknown u) {
            return u.derived(); // an attribute of a variable is not the variable
        }
        if (target instanceof Value.Obj o) {
            Value v = o.attributes().get(name);
            if (v == null) {
                throw new EvalException(pos, "this map has no attribute '" + name + "'; it has "
                        + String.join(", ", o.attributes().keySet()), true);
            }
            return v;
        }
        if (target instanceof Value.Tuple || target instanceof Value.OpenList) {
            throw new EvalException(pos, "cannot read attribute '" + name + "' of a list; use [*]." + name
                    + " for the attribute of every element, or [INDEX]." + name, true);
        }
        throw new EvalException(pos, "cannot read attribute '" + name + "' of " + Values.kind(target), true);
    }

    static Value index(Value target, Value key, Pos pos) {
        if (target instanceof Value.Unknown u) {
            return element(u, key);
        }
        if (key instanceof Value.Unknown) {
            return key;
        }
        Value t = Values.force(target);
        if (t instanceof Value.Tuple tuple) {
            int i = position(key, pos);
            if (i < 0 || i >= tuple.items().size()) {
                throw new EvalException(pos, "index " + i + " is out of range: the list has " + tuple.items().size()
                        + " element(s)", true);
            }
            return tuple.items().get(i);
        }
        if (t instanceof Value.OpenList open) {
            return open.element().apply(position(key, pos));
        }
        if (t instanceof Value.Obj || target instanceof Value.Lazy) {
            String k = Values.string(key).orElseThrow(() -> new EvalException(pos, "a map key is a string, not "
                    + Values.kind(key), true));
            if (target instanceof Value.Lazy l) {
                Value v = l.attribute().apply(k);
                if (v != null) {
                    return v;
                }
            } else if (((Value.Obj) t).attributes().containsKey(k)) {
                return ((Value.Obj) t).attributes().get(k);
            }
            throw new EvalException(pos, "no element with key \"" + k + "\"", true);
        }
        throw new EvalException(pos, "cannot index " + Values.kind(t), true);
    }

    /**
     * An element of an unknown: unknown too. Of a root variable without a value, by a known
     * index, it is that element of the variable ({@code var.subnet_ids[1]}), the same wherever it
     * is taken.
     */
    private static Value element(Value.Unknown list, Value key) {
        String variable = list.unsetVariable();
        Value k = Values.force(key);
        if (variable != null && !variable.contains("[") && k instanceof Value.Num n && n.value().signum() >= 0
                && n.value().compareTo(BigDecimal.valueOf(MAX_VARIABLE_INDEX)) < 0
                && n.value().stripTrailingZeros().scale() <= 0) {
            return new Value.Unknown(list.reason(), list.sources(), list.uncertain(), variable + "[" + n.text() + "]");
        }
        return list.derived();
    }

    private static int position(Value key, Pos pos) {
        BigDecimal n = Values.number(key).orElseThrow(() -> new EvalException(pos, "a list index is a number, not "
                + Values.kind(key), true));
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new EvalException(pos, "a list index is a whole number, not " + n.toPlainString(), true);
        }
    }

    private Value splat(Expr.Splat s, Scope scope) {
        Value source = Values.force(eval(s.source(), scope));
        if (source instanceof Value.Unknown u) {
            return u.derived();
        }
        if (source instanceof Value.OpenList open) {
            return Value.Unknown.because(open.lengthReason());
        }
        if (source instanceof Value.Null) {
            return Value.Tuple.of(List.of());
        }
        List<Value> items = source instanceof Value.Tuple t ? t.items() : List.of(eval(s.source(), scope));
        List<Value> out = new ArrayList<>();
        for (Value item : items) {
            out.add(eval(s.each(), scope.with(SPLAT_ITEM, item)));
        }
        return Value.Tuple.of(out);
    }

    private Value call(Expr.Call c, Scope scope) {
        return FunctionCall.eval(this, functions, c, scope);
    }

    private static Value unary(Expr.Unary u, Value v) {
        Value f = Values.force(v);
        if (f instanceof Value.Unknown) {
            return f;
        }
        if (u.op().equals("!")) {
            // HCL converts the operand to a bool: !"true" is false
            if (Operators.asBool(f) instanceof Value.Bool b) {
                return new Value.Bool(!b.value());
            }
            throw new EvalException(u.pos(), "! applies to a bool, not " + Values.kind(f), true);
        }
        BigDecimal n = Values.number(f).orElseThrow(() -> new EvalException(u.pos(), "- applies to a number, not "
                + Values.kind(f), true));
        return new Value.Num(n.negate(MathContext.DECIMAL128));
    }

    private Value conditional(Expr.Conditional c, Scope scope) {
        Value condition = Values.force(eval(c.condition(), scope));
        if (condition instanceof Value.Unknown u) {
            // Either branch may be taken: what both lead to, unknown.
            List<Value> both = new ArrayList<>();
            both.add(new Value.Unknown("the condition at " + c.pos() + " is not known: " + u.reason(), u.sources()));
            both.add(eval(c.then(), scope));
            both.add(eval(c.otherwise(), scope));
            return Values.unknown(both).uncertain("the condition at " + c.pos() + " is not known: " + u.reason());
        }
        Optional<Boolean> b = condition instanceof Value.Bool x ? Optional.of(x.value())
                : Values.string(condition).filter(s -> s.equals("true") || s.equals("false")).map(Boolean::parseBoolean);
        if (b.isEmpty()) {
            throw new EvalException(c.condition().pos(), "a condition is a bool, not " + Values.kind(condition), true);
        }
        Value chosen = eval(b.get() ? c.then() : c.otherwise(), scope);
        return ConditionalTypes.unified(this, chosen, b.get() ? c.otherwise() : c.then(), scope, c);
    }

    private Value object(Expr.ObjectCons o, Scope scope) {
        Map<String, Value> out = new LinkedHashMap<>();
        List<Value> unknownKeys = new ArrayList<>();
        for (Expr.ObjectCons.Item item : o.items()) {
            Value key = Values.force(eval(item.key(), scope));
            if (key instanceof Value.Unknown) {
                unknownKeys.add(key);
                continue;
            }
            String k = Values.string(key).orElseThrow(() -> new EvalException(item.key().pos(),
                    "a map key is a string, not " + Values.kind(key), true));
            out.put(k, eval(item.value(), scope));
        }
        return unknownKeys.isEmpty() ? new Value.Obj(out) : Values.unknown(unknownKeys);
    }
}
