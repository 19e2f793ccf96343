package org.invar.terraform.hcl.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A type of Terraform's language, as type constraints write it ({@code list(string)},
 * {@code object({ name = optional(string, "x") })}) and as {@link Unify} infers it from values.
 * Values themselves carry no type: a list and a tuple are both {@link Value.Tuple}, a map and an
 * object both {@link Value.Obj}; the type of a known value is what its parts are
 * ({@link TypeOf}).
 */
public sealed interface Type permits Type.Primitive, Type.Any, Type.ListOf, Type.SetOf, Type.MapOf, Type.ObjectOf,
        Type.TupleOf {

    /** As a type constraint writes it: {@code map(list(string))}. */
    String text();

    /** {@code string}, {@code number}, {@code bool}. */
    enum Primitive implements Type {
        STRING, NUMBER, BOOL;

        @Override
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code any}: whatever the value is (a null or unknown value has this type too). */
    record Any() implements Type {
        @Override
        public String text() {
            return "any";
        }
    }

    Type ANY = new Any();

    record ListOf(Type element) implements Type {
        @Override
        public String text() {
            return "list(" + element.text() + ")";
        }
    }

    record SetOf(Type element) implements Type {
        @Override
        public String text() {
            return "set(" + element.text() + ")";
        }
    }

    record MapOf(Type element) implements Type {
        @Override
        public String text() {
            return "map(" + element.text() + ")";
        }
    }

    /**
     * {@code object({...})}: attributes in name order. An optional attribute may be left out
     * (then it is its default, or null), as {@code optional(T)} and {@code optional(T, default)}
     * declare.
     */
    record ObjectOf(Map<String, Attribute> attributes) implements Type {
        public ObjectOf {
            attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        }

        /** An object type without optional attributes. */
        public static ObjectOf of(Map<String, Type> types) {
            Map<String, Attribute> out = new LinkedHashMap<>();
            types.forEach((n, t) -> out.put(n, new Attribute(t, false, null)));
            return new ObjectOf(out);
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder("object({");
            String sep = "";
            for (Map.Entry<String, Attribute> e : attributes.entrySet()) {
                s.append(sep).append(e.getKey()).append(" = ").append(e.getValue().text());
                sep = ", ";
            }
            return s.append("})").toString();
        }
    }

    /** An attribute of an object type; {@code defaultValue} null when it has none. */
    record Attribute(Type type, boolean optional, Value defaultValue) {
        String text() {
            if (!optional) {
                return type.text();
            }
            return defaultValue == null ? "optional(" + type.text() + ")"
                    : "optional(" + type.text() + ", " + Values.show(defaultValue) + ")";
        }
    }

    record TupleOf(List<Type> elements) implements Type {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String text() {
            return "tuple([" + String.join(", ", elements.stream().map(Type::text).toList()) + "])";
        }
    }
}
