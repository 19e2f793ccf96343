package org.invar.terraform.hcl.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of a value, read from what it holds: a list or tuple is a tuple of its elements'
 * types, a map or object an object of its attributes' types, a set a set of its elements'
 * common type. Null and unknown values are of any type (Terraform would know more of them; the
 * conversions below treat them as fitting any type, which is what Terraform does with them).
 */
public final class TypeOf {
    private TypeOf() {
    }

    public static Type of(Value value) {
        Value v = Values.force(value);
        if (v instanceof Value.Str) {
            return Type.Primitive.STRING;
        }
        if (v instanceof Value.Num) {
            return Type.Primitive.NUMBER;
        }
        if (v instanceof Value.Bool) {
            return Type.Primitive.BOOL;
        }
        if (v instanceof Value.Tuple t) {
            List<Type> types = new ArrayList<>();
            t.items().forEach(i -> types.add(of(i)));
            if (t.set()) {
                Type e = types.isEmpty() ? Type.ANY : Unify.types(types);
                return new Type.SetOf(e == null ? Type.ANY : e);
            }
            return new Type.TupleOf(types);
        }
        if (v instanceof Value.Obj o) {
            Map<String, Type> types = new LinkedHashMap<>();
            o.attributes().forEach((k, a) -> types.put(k, of(a)));
            return Type.ObjectOf.of(types);
        }
        return Type.ANY;
    }
}
