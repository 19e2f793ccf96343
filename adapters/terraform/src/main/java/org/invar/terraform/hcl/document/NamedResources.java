package org.invar.terraform.hcl.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.invar.terraform.hcl.syntax.Body;
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

    /**
     * What a plan's configuration keeps apart from a resource's expressions, or not at all: its
     * meta-arguments, and {@code dynamic} blocks, of which it keeps no references.
     */
    private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "provider");
    private static final Set<String> META_BLOCKS = Set.of("lifecycle", "provisioner", "connection", "dynamic");

    private NamedResources() {
    }

    /**
     * The managed resources a resource block's body names anywhere ({@code aws_route_table.public},
     * without instance keys), in the form a plan's configuration lists its references.
     */
    static Set<String> inBody(Body body) {
        Set<String> out = new java.util.TreeSet<>();
        for (Body.Attribute a : body.attributes()) {
            if (!META_ARGUMENTS.contains(a.name())) {
                in(a.value(), "").forEach(address -> out.add(withoutKey(address)));
            }
        }
        for (Body.Block b : body.blocks()) {
            if (!META_BLOCKS.contains(b.type())) {
                out.addAll(inBody(b.body()));
            }
        }
        return out;
    }

    /** A plan's references as {@link #inBody} gives them: the managed resources, without keys or attributes. */
    static Set<String> resources(List<String> references) {
        Set<String> out = new java.util.TreeSet<>();
        for (String r : references) {
            String[] parts = r.split("\\.", 3);
            if (parts.length >= 2 && !NOT_RESOURCES.contains(parts[0])) {
                out.add(withoutKey(parts[0] + "." + parts[1]));
            }
        }
        return out;
    }

    private static String withoutKey(String address) {
        int bracket = address.indexOf('[');
        return bracket < 0 ? address : address.substring(0, bracket);
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
