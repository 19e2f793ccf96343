package org.invar.terraform.hcl.module;

import java.util.function.Supplier;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;

/**
 * A value given for a module's variable, evaluated when read: a module call's argument, a value
 * of a variables file, or a {@code --param}. {@code pos} is where it is written, for an error
 * when it does not fit the variable's type; null for a {@code --param}.
 */
public record VariableInput(Supplier<Value> value, Pos pos) {
}
