package org.invar.terraform.hcl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * Reads a variable's {@code type} as Terraform does (HCL's typeexpr with defaults): the keywords
 * {@code string number bool any}, the constructors {@code list() set() map() object({}) tuple([])},
 * {@code optional(T)} and {@code optional(T, default)} on object attributes, and the bare
 * {@code list} and {@code map} of Terraform 0.11 as {@code list(any)} and {@code map(any)}.
 * A default is evaluated without any names and converted to its attribute's type.
 */
public final class TypeExpressions {
    private static final String FORMS = "a type is string, number, bool, any, list(TYPE), set(TYPE), map(TYPE),"
            + " object({ NAME = TYPE, ... }) or tuple([TYPE, ...])";

    private TypeExpressions() {
    }

    /** The type constraint of a variable; errors at the part of the expression that is wrong. */
    public static Type constraint(Expr e, Evaluator evaluator) {
        if (e instanceof Expr.Variable v && (v.name().equals("list") || v.name().equals("map"))) {
            return v.name().equals("list") ? new Type.ListOf(Type.ANY) : new Type.MapOf(Type.ANY);
        }
        if (e instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            throw error(e, "a quoted type (\"" + s + "\") is Terraform 0.11's form; write the type without quotes"
                    + (s.equals("list") || s.equals("map") ? ", as " + s + "(string)" : ""));
        }
        return type(e, evaluator);
    }

    private static Type type(Expr e, Evaluator evaluator) {
        if (e instanceof Expr.Variable v) {
            return switch (v.name()) {
                case "string" -> Type.Primitive.STRING;
                case "number" -> Type.Primitive.NUMBER;
                case "bool" -> Type.Primitive.BOOL;
                case "any" -> Type.ANY;
                case "list", "set", "map" -> throw error(e, "the " + v.name() + " type needs its element type: "
                        + v.name() + "(string)");
                case "object" -> throw error(e, "the object type needs its attributes: object({ NAME = TYPE })");
                case "tuple" -> throw error(e, "the tuple type needs its element types: tuple([TYPE, ...])");
                default -> throw error(e, "'" + v.name() + "' is not a type; " + FORMS);
            };
        }
        if (!(e instanceof Expr.Call c)) {
            throw error(e, "not a type; " + FORMS);
        }
        switch (c.name()) {
            case "string", "number", "bool", "any" -> throw error(e, c.name() + " takes no arguments; write "
                    + c.name() + " alone");
            case "optional" -> throw error(e, "optional() is only for an attribute of an object type:"
                    + " object({ NAME = optional(TYPE) })");
            default -> {
            }
        }
        if (c.args().size() != 1) {
            throw error(e, c.name() + "() takes one argument: " + switch (c.name()) {
                case "object" -> "object({ NAME = TYPE, ... })";
                case "tuple" -> "tuple([TYPE, ...])";
                default -> c.name() + "(TYPE)";
            });
        }
        Expr arg = c.args().get(0);
        return switch (c.name()) {
            case "list" -> new Type.ListOf(type(arg, evaluator));
            case "set" -> new Type.SetOf(type(arg, evaluator));
            case "map" -> new Type.MapOf(type(arg, evaluator));
            case "object" -> object(arg, evaluator);
            case "tuple" -> tuple(arg, evaluator);
            default -> throw error(e, c.name() + "() is not a type constructor; " + FORMS);
        };
    }

    private static Type object(Expr arg, Evaluator evaluator) {
        if (!(arg instanceof Expr.ObjectCons o)) {
            throw error(arg, "object() takes the attributes in braces: object({ NAME = TYPE, ... })");
        }
        Map<String, Type.Attribute> attributes = new LinkedHashMap<>();
        for (Expr.ObjectCons.Item item : o.items()) {
            String name = keyword(item.key());
            if (attributes.containsKey(name)) {
                throw error(item.key(), "the attribute " + name + " is declared twice in this object type");
            }
            attributes.put(name, attribute(item.value(), evaluator));
        }
        return new Type.ObjectOf(attributes);
    }

    /** A name, bare or quoted, as an object type's key. */
    private static String keyword(Expr key) {
        if (key instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (key instanceof Expr.Variable v) {
            return v.name();
        }
        if (key instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            return s;
        }
        throw error(key, "an attribute of an object type is named by a name, not an expression");
    }

    private static Type.Attribute attribute(Expr e, Evaluator evaluator) {
        if (!(e instanceof Expr.Call c && c.name().equals("optional"))) {
            return new Type.Attribute(type(e, evaluator), false, null);
        }
        if (c.args().isEmpty() || c.args().size() > 2) {
            throw error(e, "optional() takes the attribute's type and, if it has one, its default:"
                    + " optional(TYPE) or optional(TYPE, DEFAULT)");
        }
        Type type = type(c.args().get(0), evaluator);
        if (c.args().size() == 1) {
            return new Type.Attribute(type, true, null);
        }
        Expr d = c.args().get(1);
        Value given;
        try {
            given = evaluator.eval(d, new Scope(n -> null));
        } catch (EvalException ex) {
            throw new EvalException(ex.pos(), ex.getMessage() + "; a default of an optional attribute is a constant"
                    + " value", false);
        }
        if (Values.force(given).hasUnknown()) {
            throw error(d, "a default of an optional attribute is a constant value");
        }
        try {
            return new Type.Attribute(type, true, Convert.value(given, type));
        } catch (Convert.Failure f) {
            throw error(d, "this default does not fit the attribute's type " + type.text() + ": " + f.getMessage());
        }
    }

    private static Type tuple(Expr arg, Evaluator evaluator) {
        if (!(arg instanceof Expr.TupleCons t)) {
            throw error(arg, "tuple() takes the element types in brackets: tuple([TYPE, ...])");
        }
        List<Type> out = new ArrayList<>();
        t.items().forEach(i -> out.add(type(i, evaluator)));
        return new Type.TupleOf(out);
    }

    private static EvalException error(Expr e, String message) {
        return new EvalException(e.pos(), message, false);
    }
}
