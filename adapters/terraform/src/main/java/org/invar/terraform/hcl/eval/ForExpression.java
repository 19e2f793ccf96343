package org.invar.terraform.hcl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code [for k, v in coll : value if cond]} and {@code {for k, v in coll : key => value}}: over
 * a list (k the index) or a map (k the key, in key order). A collection, condition or key that is
 * not known makes the whole result unknown, since which elements it has is not known.
 */
final class ForExpression {
    private ForExpression() {
    }

    static Value eval(Evaluator evaluator, Expr.For f, Scope scope) {
        Value coll = Values.force(evaluator.eval(f.collection(), scope));
        if (coll instanceof Value.Unknown) {
            return coll;
        }
        if (coll instanceof Value.OpenList open) {
            return Value.Unknown.because(open.lengthReason());
        }
        Elements elements = Elements.of(coll, f.collection().pos(), "a for expression");
        List<Value> keys = elements.keys();
        List<Value> values = elements.values();
        List<Value> items = new ArrayList<>();
        Map<String, List<Value>> grouped = new LinkedHashMap<>();
        Map<String, Value> object = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Scope s = scope.with(f.valueVar(), values.get(i));
            if (f.keyVar() != null) {
                s = s.with(f.keyVar(), keys.get(i));
            }
            if (f.condition() != null) {
                Value c = Values.force(evaluator.eval(f.condition(), s));
                if (c instanceof Value.Unknown u) {
                    return Values.unknown(values).uncertain("which elements the for expression at " + f.pos()
                            + " keeps is not known: " + u.reason());
                }
                if (!(c instanceof Value.Bool b)) {
                    throw new EvalException(f.condition().pos(), "the if of a for expression is a bool, not "
                            + Values.kind(c), true);
                }
                if (!b.value()) {
                    continue;
                }
            }
            if (f.key() == null) {
                items.add(evaluator.eval(f.value(), s));
            } else {
                Value key = Values.force(evaluator.eval(f.key(), s));
                if (key instanceof Value.Unknown) {
                    return key;
                }
                String k = Values.string(key).orElseThrow(() -> new EvalException(f.key().pos(),
                        "a map key is a string, not " + Values.kind(key), true));
                Value v = evaluator.eval(f.value(), s);
                if (f.group()) {
                    grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                } else if (object.putIfAbsent(k, v) != null) {
                    throw new EvalException(f.key().pos(), "two elements have the key \"" + k + "\"; add ... after"
                            + " the value to group them into lists", true);
                }
            }
            if (items.size() + object.size() + grouped.size() > Evaluator.MAX_ELEMENTS) {
                throw new EvalException(f.pos(), "a for expression makes more than " + Evaluator.MAX_ELEMENTS
                        + " elements", false);
            }
        }
        if (f.key() == null) {
            return Value.Tuple.of(items);
        }
        if (f.group()) {
            Map<String, Value> out = new LinkedHashMap<>();
            grouped.forEach((k, v) -> out.put(k, Value.Tuple.of(v)));
            return new Value.Obj(out);
        }
        return new Value.Obj(object);
    }
}
