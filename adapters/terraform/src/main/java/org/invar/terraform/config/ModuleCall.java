package org.invar.terraform.config;

/**
 * A {@code module "NAME"} block: the expressions it passes as the module's variables, and the
 * called module's configuration.
 *
 * @param forEach the references of its {@code for_each}, or null
 * @param line where the call starts in the file, for messages
 */
public record ModuleCall(String name, Expression.Block expressions, Expression.Leaf forEach, ModuleConfig module,
                         int line, int column) {
}
