package org.invar.terraform.hcl.function;

import org.invar.terraform.hcl.value.Type;

/**
 * A parameter of a function, as Terraform declares it: its name (as messages name it), the type
 * an argument is converted to before the call, and whether the function is given a null or an
 * unknown argument here. Otherwise a null argument is an error, and an unknown one makes the
 * result unknown without calling the function.
 */
public record Param(String name, Type type, boolean allowNull, boolean allowUnknown) {
    public static Param of(String name, Type type) {
        return new Param(name, type, false, false);
    }

    public static Param string(String name) {
        return of(name, Type.Primitive.STRING);
    }

    public static Param number(String name) {
        return of(name, Type.Primitive.NUMBER);
    }

    public static Param any(String name) {
        return of(name, Type.ANY);
    }

    public Param orNull() {
        return new Param(name, type, true, allowUnknown);
    }

    public Param orUnknown() {
        return new Param(name, type, allowNull, true);
    }
}
