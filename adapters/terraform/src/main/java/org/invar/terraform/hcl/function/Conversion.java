package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code tostring tonumber tobool tolist toset tomap}: conversion of the one argument to a type
 * as Terraform converts it; a null stays null. Of an unknown, the same unknown (still the
 * variable it may be).
 */
final class Conversion extends BaseFunction {
    private final Type type;

    private Conversion(String name, Type type) {
        super(name, Param.any("v").orNull());
        this.type = type;
    }

    static List<Conversion> all() {
        return List.of(new Conversion("tostring", Type.Primitive.STRING), new Conversion("tonumber", Type.Primitive.NUMBER),
                new Conversion("tobool", Type.Primitive.BOOL), new Conversion("tolist", new Type.ListOf(Type.ANY)),
                new Conversion("toset", new Type.SetOf(Type.ANY)), new Conversion("tomap", new Type.MapOf(Type.ANY)));
    }

    @Override
    public boolean convertsOnly() {
        return true;
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        try {
            return Convert.value(v, type);
        } catch (Convert.Failure f) {
            String what = type instanceof Type.Primitive ? type.text() : Convert.friendly(type);
            throw new FunctionException(0, "cannot convert " + Values.kind(v) + " to " + what
                    + (f.path().isEmpty() && f.reason().endsWith(" required") ? "" : ": " + f.getMessage()));
        }
    }
}
