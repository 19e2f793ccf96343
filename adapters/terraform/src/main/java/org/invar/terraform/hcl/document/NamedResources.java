package org.invar.terraform.hcl.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.Addresses;

/**
 * The resource instances an expression names in its text ({@code aws_ecs_service.this[0].name}),
 * in the module it is in, whether the values it takes from them are known or not: what a plan's
 * configuration lists as the expression's references. An instance named with a key that is not a
 * literal (a {@code count.index}) is left out.
 */
final class NamedResources {
    /** Roots of traversals that are not resources. */
    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "module", "data", "count", "each",
            "path", "terraform", "self");

    private NamedResources() {
    }

    static Set<String> in(Expr e, String module) {
        Set<String> out = new LinkedHashSet<>();
        walk(e, module, out);
        return out;
    }

    private static void walk(Expr e, String module, Set<String> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Index i && i.target() instanceof Expr.GetAttr g && resource(g)) {
            Json key = key(i.key());
            if (key != null) {
                out.add(Addresses.instance(module, false, ((Expr.Variable) g.target()).name(), g.name(), key));
            }
            walk(i.key(), module, out);
        } else if (e instanceof Expr.GetAttr g && resource(g)) {
            out.add(Addresses.instance(module, false, ((Expr.Variable) g.target()).name(), g.name(), Json.NULL));
        } else {
            children(e).forEach(c -> walk(c, module, out));
        }
    }

    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.GetAttr g) {
            out.add(g.target());
        } else if (e instanceof Expr.Index i) {
            out.addAll(Arrays.asList(i.target(), i.key()));
        } else if (e instanceof Expr.Template t) {
            out.addAll(t.parts());
        } else if (e instanceof Expr.TemplateIf t) {
            out.addAll(Arrays.asList(t.condition(), t.then(), t.otherwise()));
        } else if (e instanceof Expr.TemplateFor t) {
            out.addAll(Arrays.asList(t.collection(), t.body()));
        } else if (e instanceof Expr.Splat s) {
            out.addAll(Arrays.asList(s.source(), s.each()));
        } else if (e instanceof Expr.Call c) {
            out.addAll(c.args());
        } else if (e instanceof Expr.Unary u) {
            out.add(u.operand());
        } else if (e instanceof Expr.Binary b) {
            out.addAll(Arrays.asList(b.left(), b.right()));
        } else if (e instanceof Expr.Conditional c) {
            out.addAll(Arrays.asList(c.condition(), c.then(), c.otherwise()));
        } else if (e instanceof Expr.TupleCons t) {
            out.addAll(t.items());
        } else if (e instanceof Expr.ObjectCons o) {
            o.items().forEach(i -> out.addAll(Arrays.asList(i.key(), i.value())));
        } else if (e instanceof Expr.For f) {
            out.add(f.collection());
            out.add(f.key());
            out.add(f.value());
            out.add(f.condition());
        }
        return out; // literals, variables and splat items name no resource
    }

    /** {@code TYPE.NAME} at the root of a traversal, TYPE a resource type. */
    private static boolean resource(Expr.GetAttr g) {
        return g.target() instanceof Expr.Variable v && !NOT_RESOURCES.contains(v.name()) && v.name().contains("_");
    }

    private static Json key(Expr key) {
        if (key instanceof Expr.Literal l && l.value() instanceof BigDecimal n) {
            return new Json.Num(n.toPlainString());
        }
        if (key instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            return new Json.Str(s);
        }
        return null;
    }
}
