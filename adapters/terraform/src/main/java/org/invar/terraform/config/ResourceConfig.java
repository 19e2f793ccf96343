package org.invar.terraform.config;

/**
 * A resource block of a module's configuration.
 *
 * @param local its address in the module: {@code aws_subnet.a}, {@code data.aws_vpc.main}
 * @param expressions its attributes and nested blocks
 * @param forEach the references of its {@code for_each}, or null
 */
public record ResourceConfig(String local, Expression.Block expressions, Expression.Leaf forEach) {

    /** Whether the configuration sets this top-level attribute or block. */
    public boolean sets(String attribute) {
        return expressions.get(attribute) != null;
    }
}
