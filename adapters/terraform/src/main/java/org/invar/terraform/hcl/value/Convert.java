package org.invar.terraform.hcl.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Conversion of a value to a type, as Terraform converts a variable's value to its type
 * constraint and a function's arguments to its parameters' types (go-cty's
 * {@code convert.Convert}): numbers and bools to strings and back, lists to sets (repeats
 * dropped, in set order), objects to maps, attributes an object type does not declare dropped,
 * optional attributes left out filled with their default or null. Null and unknown values
 * convert to any type as they are.
 */
public final class Convert {
    private Convert() {
    }

    /** A value that does not convert: where in it ({@code [1].name}, empty at the top) and why. */
    public static final class Failure extends RuntimeException {
        private final String path;
        private final String reason;

        Failure(String path, String reason) {
            super((path.isEmpty() ? "" : path + ": ") + reason);
            this.path = path;
            this.reason = reason;
        }

        public String path() {
            return path;
        }

        public String reason() {
            return reason;
        }
    }

    public static Value value(Value value, Type type) {
        return convert(value, type, "");
    }

    private static Value convert(Value value, Type type, String path) {
        if (type instanceof Type.Any) {
            return value; // a resource or module passed whole stays lazy
        }
        Value v = Values.force(value);
        if (v instanceof Value.Unknown || v instanceof Value.OpenList
                || v instanceof Value.Null) {
            return v;
        }
        if (type instanceof Type.Primitive p) {
            return primitive(v, p, path);
        }
        if (type instanceof Type.ListOf l) {
            return new Value.Tuple(elements(v, l.element(), path, "list of " + friendly(l.element())), false);
        }
        if (type instanceof Type.SetOf s) {
            return Sets.of(elements(v, s.element(), path, "set of " + friendly(s.element())));
        }
        if (type instanceof Type.MapOf m) {
            return map(v, m, path);
        }
        if (type instanceof Type.ObjectOf o) {
            return object(v, o, path);
        }
        return tuple(v, (Type.TupleOf) type, path);
    }

    private static Value primitive(Value v, Type.Primitive p, String path) {
        switch (p) {
            case STRING -> {
                return Values.string(v).<Value>map(Value.Str::new).orElseThrow(() -> fail(path, "string required"));
            }
            case NUMBER -> {
                if (v instanceof Value.Num) {
                    return v;
                }
                if (v instanceof Value.Str s) {
                    return Numbers.parse(s.value()).<Value>map(Value.Num::new)
                            .orElseThrow(() -> fail(path, "a number is required"));
                }
                throw fail(path, "number required");
            }
            default -> {
                if (v instanceof Value.Bool) {
                    return v;
                }
                if (v instanceof Value.Str s) {
                    switch (s.value()) {
                        case "true", "1" -> {
                            return new Value.Bool(true);
                        }
                        case "false", "0" -> {
                            return new Value.Bool(false);
                        }
                        default -> {
                            String lower = s.value().toLowerCase(java.util.Locale.ROOT);
                            throw fail(path, lower.equals("true") || lower.equals("false")
                                    ? "a bool is required; to convert from string, use lowercase \"" + lower + "\""
                                    : "a bool is required");
                        }
                    }
                }
                throw fail(path, "bool required");
            }
        }
    }

    /** The elements of a list, set or tuple converted to one type: the given one, or the one they unify to. */
    private static List<Value> elements(Value v, Type element, String path, String wanted) {
        if (!(v instanceof Value.Tuple t)) {
            throw fail(path, wanted + " required");
        }
        Type target = element;
        if (element instanceof Type.Any && !t.items().isEmpty()) {
            target = Unify.types(t.items().stream().map(TypeOf::of).toList());
            if (target == null) {
                throw fail(path, "all " + wanted.substring(0, wanted.indexOf(' ')) + " elements must have the same type");
            }
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < t.items().size(); i++) {
            out.add(convert(t.items().get(i), target, path + "[" + i + "]"));
        }
        return unified(out, element, path);
    }

    /**
     * Converted elements of a type with {@code any} inside ({@code list(map(any))}) may still
     * differ; Terraform makes them all of the type they unify to.
     */
    private static List<Value> unified(List<Value> items, Type element, String path) {
        if (!hasAny(element) || element instanceof Type.Any || items.size() < 2) {
            return items;
        }
        Type common = Unify.types(items.stream().map(TypeOf::of).toList());
        if (common == null) {
            throw fail(path, "cannot find a common base type for all elements");
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(convert(items.get(i), common, path + "[" + i + "]"));
        }
        return out;
    }

    private static Value map(Value v, Type.MapOf m, String path) {
        if (!(v instanceof Value.Obj o)) {
            throw fail(path, "map of " + friendly(m.element()) + " required");
        }
        Type target = m.element();
        if (target instanceof Type.Any && !o.attributes().isEmpty()) {
            target = Unify.types(o.attributes().values().stream().map(TypeOf::of).toList());
            if (target == null) {
                throw fail(path, "all map elements must have the same type");
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : o.attributes().entrySet()) {
            out.put(e.getKey(), convert(e.getValue(), target, path + "[\"" + e.getKey() + "\"]"));
        }
        if (hasAny(m.element()) && !(m.element() instanceof Type.Any) && out.size() > 1) {
            List<String> keys = new ArrayList<>(out.keySet());
            List<Value> same = unified(new ArrayList<>(out.values()), m.element(), path);
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), same.get(i));
            }
        }
        return new Value.Obj(out);
    }

    private static Value object(Value v, Type.ObjectOf o, String path) {
        if (!(v instanceof Value.Obj obj)) {
            throw fail(path, "object required");
        }
        List<String> missing = new ArrayList<>();
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, Type.Attribute> e : o.attributes().entrySet()) {
            String name = e.getKey();
            Type.Attribute a = e.getValue();
            Value given = obj.attributes().get(name);
            if (given == null && !a.optional()) {
                missing.add(name);
                continue;
            }
            if ((given == null || Values.force(given) instanceof Value.Null) && a.defaultValue() != null) {
                given = a.defaultValue();
            }
            out.put(name, given == null ? Value.NULL : convert(given, a.type(), path + "." + name));
        }
        if (!missing.isEmpty()) {
            throw fail(path, required(missing));
        }
        return new Value.Obj(out);
    }

    /** As Terraform says it: {@code attribute "a" is required}, {@code attributes "a" and "b" are required}. */
    private static String required(List<String> names) {
        List<String> quoted = new TreeSet<>(names).stream().map(n -> "\"" + n + "\"").toList();
        if (quoted.size() == 1) {
            return "attribute " + quoted.get(0) + " is required";
        }
        if (quoted.size() == 2) {
            return "attributes " + quoted.get(0) + " and " + quoted.get(1) + " are required";
        }
        return "attributes " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and "
                + quoted.get(quoted.size() - 1) + " are required";
    }

    private static Value tuple(Value v, Type.TupleOf t, String path) {
        if (!(v instanceof Value.Tuple tuple) || tuple.set() || tuple.items().size() != t.elements().size()) {
            throw fail(path, "tuple required" + (v instanceof Value.Tuple x && !x.set()
                    ? " (of " + t.elements().size() + " elements, not " + x.items().size() + ")" : ""));
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            out.add(convert(tuple.items().get(i), t.elements().get(i), path + "[" + i + "]"));
        }
        return Value.Tuple.of(out);
    }

    /** Whether a value of type {@code from} may convert to {@code to}; what the value holds may still not. */
    public static boolean possible(Type from, Type to) {
        if (to instanceof Type.Any || from instanceof Type.Any || from.equals(to)) {
            return true;
        }
        if (from instanceof Type.Primitive f && to instanceof Type.Primitive t) {
            return t == Type.Primitive.STRING || f == Type.Primitive.STRING;
        }
        if (to instanceof Type.ListOf || to instanceof Type.SetOf) {
            Type te = to instanceof Type.ListOf l ? l.element() : ((Type.SetOf) to).element();
            if (from instanceof Type.ListOf l) {
                return possible(l.element(), te);
            }
            if (from instanceof Type.SetOf s) {
                return possible(s.element(), te);
            }
            if (from instanceof Type.TupleOf t) {
                Type target = te instanceof Type.Any && !t.elements().isEmpty() ? Unify.types(t.elements()) : te;
                return target != null && t.elements().stream().allMatch(e -> possible(e, target));
            }
            return false;
        }
        if (to instanceof Type.MapOf m) {
            if (from instanceof Type.MapOf f) {
                return possible(f.element(), m.element());
            }
            if (from instanceof Type.ObjectOf o) {
                List<Type> types = o.attributes().values().stream().map(Type.Attribute::type).toList();
                Type target = m.element() instanceof Type.Any && !types.isEmpty() ? Unify.types(types) : m.element();
                return target != null && types.stream().allMatch(e -> possible(e, target));
            }
            return false;
        }
        if (to instanceof Type.ObjectOf o) {
            if (from instanceof Type.MapOf m) {
                return o.attributes().values().stream().allMatch(a -> a.optional() || possible(m.element(), a.type()));
            }
            if (!(from instanceof Type.ObjectOf f)) {
                return false;
            }
            for (Map.Entry<String, Type.Attribute> e : o.attributes().entrySet()) {
                Type.Attribute given = f.attributes().get(e.getKey());
                if (given == null ? !e.getValue().optional() : !possible(given.type(), e.getValue().type())) {
                    return false;
                }
            }
            return true;
        }
        if (to instanceof Type.TupleOf t && from instanceof Type.TupleOf f) {
            if (t.elements().size() != f.elements().size()) {
                return false;
            }
            for (int i = 0; i < t.elements().size(); i++) {
                if (!possible(f.elements().get(i), t.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasAny(Type t) {
        if (t instanceof Type.Any) {
            return true;
        }
        if (t instanceof Type.ListOf l) {
            return hasAny(l.element());
        }
        if (t instanceof Type.SetOf s) {
            return hasAny(s.element());
        }
        if (t instanceof Type.MapOf m) {
            return hasAny(m.element());
        }
        if (t instanceof Type.ObjectOf o) {
            return o.attributes().values().stream().anyMatch(a -> hasAny(a.type()));
        }
        if (t instanceof Type.TupleOf u) {
            return u.elements().stream().anyMatch(Convert::hasAny);
        }
        return false;
    }

    /** A type as Terraform's messages name it: {@code string}, {@code list of number}, {@code object}. */
    public static String friendly(Type t) {
        if (t instanceof Type.Primitive || t instanceof Type.Any) {
            return t instanceof Type.Any ? "any single type" : t.text();
        }
        if (t instanceof Type.ListOf l) {
            return "list of " + friendly(l.element());
        }
        if (t instanceof Type.SetOf s) {
            return "set of " + friendly(s.element());
        }
        if (t instanceof Type.MapOf m) {
            return "map of " + friendly(m.element());
        }
        return t instanceof Type.ObjectOf ? "object" : "tuple";
    }

    private static Failure fail(String path, String reason) {
        return new Failure(path, reason);
    }
}
