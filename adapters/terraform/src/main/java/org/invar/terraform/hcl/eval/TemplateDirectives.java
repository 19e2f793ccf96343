package org.invar.terraform.hcl.eval;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code %{ if }} and {@code %{ for }} in templates: the text they make, or unknown when the
 * condition or the collection is.
 */
final class TemplateDirectives {
    private TemplateDirectives() {
    }

    static Value eval(Evaluator evaluator, Expr part, Scope scope) {
        if (part instanceof Expr.TemplateIf d) {
            Value c = Values.force(evaluator.eval(d.condition(), scope));
            if (c instanceof Value.Unknown u) {
                return u;
            }
            if (!(c instanceof Value.Bool b)) {
                throw new EvalException(d.condition().pos(), "the condition of %{ if } is a bool, not " + Values.kind(c),
                        true);
            }
            return evaluator.text(b.value() ? d.then() : d.otherwise(), scope);
        }
        Expr.TemplateFor f = (Expr.TemplateFor) part;
        Value coll = Values.force(evaluator.eval(f.collection(), scope));
        if (coll instanceof Value.Unknown) {
            return coll;
        }
        if (coll instanceof Value.OpenList open) {
            return Value.Unknown.because(open.lengthReason());
        }
        Elements elements = Elements.of(coll, f.collection().pos(), "%{ for }");
        List<Value> keys = elements.keys();
        List<Value> values = elements.values();
        StringBuilder out = new StringBuilder();
        List<Value> unknown = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Scope s = scope.with(f.valueVar(), values.get(i));
            if (f.keyVar() != null) {
                s = s.with(f.keyVar(), keys.get(i));
            }
            Value text = evaluator.text(f.body(), s);
            if (text instanceof Value.Str str) {
                out.append(str.value());
                if (out.length() > Value.MAX_STRING) {
                    throw new Value.TooLarge("a string longer than " + Value.MAX_STRING + " characters");
                }
            } else {
                unknown.add(text);
            }
        }
        return unknown.isEmpty() ? new Value.Str(out.toString()) : Values.unknown(unknown);
    }
}
