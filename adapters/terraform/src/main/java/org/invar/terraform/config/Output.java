package org.invar.terraform.config;

/** An {@code output} of a module: its expression, and where it is in the file. */
public record Output(String name, Expression.Leaf expression, int line, int column) {
}
