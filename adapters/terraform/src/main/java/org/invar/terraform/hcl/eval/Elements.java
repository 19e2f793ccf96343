package org.invar.terraform.hcl.eval;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * The elements a {@code for} goes over, with their keys: a list's by index (a set's by the
 * element itself), a map's by key in key order. {@code for} expressions, template
 * {@code %{ for }} and {@code dynamic} blocks iterate alike.
 */
public record Elements(List<Value> keys, List<Value> values) {

    /** The elements of a known list or map; anything else is an error naming {@code what}. */
    public static Elements of(Value collection, Pos pos, String what) {
        List<Value> keys = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        if (collection instanceof Value.Tuple t) {
            for (int i = 0; i < t.items().size(); i++) {
                keys.add(t.set() ? t.items().get(i) : Value.Num.of(i));
                values.add(t.items().get(i));
            }
        } else if (collection instanceof Value.Obj o) {
            o.attributes().forEach((k, v) -> {
                keys.add(new Value.Str(k));
                values.add(v);
            });
        } else {
            throw new EvalException(pos, what + " goes over a list or a map, not " + Values.kind(collection), true);
        }
        return new Elements(keys, values);
    }

    public int size() {
        return values.size();
    }
}
