package org.invar.terraform.mapping;

import java.util.List;
import java.util.Optional;
import org.invar.terraform.config.Configuration;
import org.invar.terraform.config.Expression;
import org.invar.terraform.config.ResourceConfig;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.resolve.Scope;

/**
 * A resource instance's configuration: the expression at a path of its values
 * ({@code network_configuration[0].subnets}), and the scope its references are resolved in.
 */
final class ConfigurationPaths {
    private final Configuration configuration;

    ConfigurationPaths(Configuration configuration) {
        this.configuration = configuration;
    }

    Optional<ResourceConfig> resource(ResourceRecord r) {
        return configuration.resource(Addresses.configPath(r.module()), r.local());
    }

    /** Its module instance, its instance key (for {@code count.index}, {@code each}) and its {@code for_each}. */
    Scope scope(ResourceRecord r) {
        return new Scope(r.module(), r.key(), resource(r).map(ResourceConfig::forEach).orElse(null));
    }

    /**
     * The references of the expression at a path. Blocks are matched by position; an attribute
     * whose whole value is one expression (a set of objects, such as a route table's
     * {@code route}) covers every path under it; when the blocks do not line up (dynamic blocks),
     * every reference of the top-level attribute.
     */
    List<String> references(ResourceRecord r, Object... path) {
        ResourceConfig c = resource(r).orElse(null);
        if (c == null || path.length == 0) {
            return List.of();
        }
        Expression top = c.expressions().get((String) path[0]);
        Expression at = walk(top, path);
        if (at == null) {
            return top == null ? List.of() : top.allReferences();
        }
        return at.allReferences();
    }

    /** The expression at a path of a block's values, or null when the blocks do not reach it. */
    static Expression at(Expression.Block block, Object... path) {
        if (path.length == 0) {
            return block;
        }
        Expression top = block.get((String) path[0]);
        Expression at = walk(top, path);
        return at != null ? at : top;
    }

    /** The first constant under an expression: for an evaluated configuration, why a part is unknown. */
    static String firstConstant(Expression e) {
        if (e instanceof Expression.Leaf leaf) {
            return leaf.constant() == null ? null : leaf.constant().string().orElse(null);
        }
        java.util.Collection<? extends Expression> parts = e instanceof Expression.Block b ? b.attributes().values()
                : ((Expression.BlockList) e).blocks();
        for (Expression p : parts) {
            String c = firstConstant(p);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Expression walk(Expression top, Object... path) {
        Expression at = top;
        for (int i = 1; i < path.length && at != null; i++) {
            Object step = path[i];
            if (at instanceof Expression.Leaf) {
                break;
            }
            if (at instanceof Expression.BlockList list) {
                at = step instanceof Integer n && n < list.blocks().size() ? list.blocks().get(n) : null;
            } else if (at instanceof Expression.Block block && step instanceof String name) {
                at = block.get(name);
            }
        }
        return at;
    }
}
