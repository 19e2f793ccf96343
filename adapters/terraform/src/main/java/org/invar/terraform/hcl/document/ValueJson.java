package org.invar.terraform.hcl.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.config.Expression;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;
import org.invar.terraform.json.Json;

/**
 * An evaluated attribute in the shapes the mappers read, as a plan gives them: its known value
 * ({@link Json#NULL} where unknown), the unknown mask (the reason where a plan has {@code true}),
 * and the resource instances its unknown parts come from (or the root variable without a value
 * that a part is, {@code var.NAME}), shaped like the value so nested blocks are matched by
 * position.
 *
 * @param mask null when nothing in it is unknown
 */
record ValueJson(Json value, Json mask, Expression references) {

    static ValueJson of(Value v) {
        Value f = Values.force(v);
        if (f instanceof Value.Unknown u) {
            List<String> sources = new ArrayList<>(u.sources());
            if (u.unsetVariable() != null) {
                sources.add(u.unsetVariable()); // var.NAME: the mapping knows what such a variable stands for
            }
            // the reason goes with the references when they do not settle the link by themselves
            return new ValueJson(Json.NULL, new Json.Str(u.reason()),
                    new Expression.Leaf(sources, sources.isEmpty() || u.uncertain() ? new Json.Str(u.reason()) : null));
        }
        if (f instanceof Value.OpenList l) {
            return new ValueJson(Json.NULL, new Json.Str(l.lengthReason()),
                    new Expression.Leaf(List.of(), new Json.Str(l.lengthReason())));
        }
        if (f instanceof Value.Tuple t) {
            return tuple(t);
        }
        if (f instanceof Value.Obj o) {
            return object(o);
        }
        return new ValueJson(primitive(f), null, new Expression.Leaf(List.of(), null));
    }

    private static Json primitive(Value v) {
        if (v instanceof Value.Str s) {
            return new Json.Str(s.value());
        }
        if (v instanceof Value.Num n) {
            return new Json.Num(n.text());
        }
        if (v instanceof Value.Bool b) {
            return new Json.Bool(b.value());
        }
        return Json.NULL;
    }

    private static ValueJson tuple(Value.Tuple t) {
        List<Json> values = new ArrayList<>();
        List<Json> masks = new ArrayList<>();
        List<Expression.Block> blocks = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Json firstReason = null;
        boolean unknown = false;
        boolean allBlocks = !t.items().isEmpty();
        for (Value item : t.items()) {
            ValueJson j = of(item);
            values.add(j.value);
            masks.add(j.mask == null ? new Json.Bool(false) : j.mask);
            unknown |= j.mask != null;
            sources.addAll(j.references.allReferences());
            if (firstReason == null) {
                firstReason = firstConstant(j.references);
            }
            if (j.references instanceof Expression.Block b) {
                blocks.add(b);
            } else {
                allBlocks = false;
            }
        }
        Expression refs = allBlocks ? new Expression.BlockList(blocks)
                : new Expression.Leaf(new ArrayList<>(sources), firstReason);
        return new ValueJson(new Json.Arr(values), unknown ? new Json.Arr(masks) : null, refs);
    }

    private static ValueJson object(Value.Obj o) {
        Map<String, Json> values = new LinkedHashMap<>();
        Map<String, Json> masks = new LinkedHashMap<>();
        Map<String, Expression> refs = new LinkedHashMap<>();
        o.attributes().forEach((k, v) -> {
            ValueJson j = of(v);
            values.put(k, j.value);
            if (j.mask != null) {
                masks.put(k, j.mask);
            }
            refs.put(k, j.references);
        });
        return new ValueJson(new Json.Obj(values), masks.isEmpty() ? null : new Json.Obj(masks),
                new Expression.Block(refs));
    }

    private static Json firstConstant(Expression e) {
        if (e instanceof Expression.Leaf l) {
            return l.constant();
        }
        List<Expression> parts = e instanceof Expression.Block b ? new ArrayList<>(b.attributes().values())
                : new ArrayList<>(((Expression.BlockList) e).blocks());
        for (Expression p : parts) {
            Json c = firstConstant(p);
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
