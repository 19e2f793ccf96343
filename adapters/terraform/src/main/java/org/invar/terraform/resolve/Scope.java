package org.invar.terraform.resolve;

import org.invar.terraform.config.Expression;
import org.invar.terraform.json.Json;

/**
 * Where an expression is evaluated: the module instance (references are relative to it), the
 * instance key that {@code count.index} and {@code each.key} stand for, and the references of
 * the {@code for_each} that {@code each.value} comes from.
 */
public record Scope(String module, Json key, Expression.Leaf forEach) {
    public static Scope of(String module) {
        return new Scope(module, Json.NULL, null);
    }
}
