package org.invar.terraform.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.collect.ArrayMap;

/**
 * A JSON value kept in memory: the part of one resource a mapping reads (its attribute values,
 * which of them are unknown), never a whole plan. Missing members read as {@link #NULL}, so a
 * path into a value is written without null checks:
 *
 * <pre>{@code
 * Json subnets = values.get("network_configuration").at(0).get("subnets");
 * }</pre>
 */
public sealed interface Json {
    /** JSON {@code null}, and what a missing member or element reads as. */
    Json NULL = new Null();

    Json TRUE = new Bool(true);

    Json FALSE = new Bool(false);

    /** The member of an object, or {@link #NULL}. */
    default Json get(String name) {
        return NULL;
    }

    /** The element of an array, or {@link #NULL}. */
    default Json at(int index) {
        return NULL;
    }

    /** The elements of an array; empty for anything else. */
    default List<Json> elements() {
        return List.of();
    }

    default boolean isNull() {
        return this instanceof Null;
    }

    /** The string, when this is one. */
    default Optional<String> string() {
        return Optional.empty();
    }

    /** The text of a string or a number ({@code port = "443"} and {@code port = 443} alike). */
    default Optional<String> text() {
        return string();
    }

    /** A whole number, or a string holding one. */
    default Optional<Long> integer() {
        return Optional.empty();
    }

    default Optional<Boolean> bool() {
        return Optional.empty();
    }

    /** How the value reads in a message. */
    String show();

    /** A JSON object; members keep their order, in a compact immutable map. */
    record Obj(Map<String, Json> members) implements Json {
        public Obj {
            members = ArrayMap.copyOf(members);
        }

        @Override
        public Json get(String name) {
            Json v = members.get(name);
            return v == null ? NULL : v;
        }

        @Override
        public String show() {
            return "an object";
        }
    }

    /** A JSON array. */
    record Arr(List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public Json at(int index) {
            return index >= 0 && index < items.size() ? items.get(index) : NULL;
        }

        @Override
        public List<Json> elements() {
            return items;
        }

        @Override
        public String show() {
            return "a list";
        }
    }

    /** A JSON string. */
    record Str(String value) implements Json {
        @Override
        public Optional<String> string() {
            return Optional.of(value);
        }

        @Override
        public Optional<Long> integer() {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public Optional<Boolean> bool() {
            return value.equals("true") ? Optional.of(true) : value.equals("false") ? Optional.of(false)
                    : Optional.empty();
        }

        @Override
        public String show() {
            return '"' + value + '"';
        }
    }

    /** A JSON number, as written. */
    record Num(String literal) implements Json {
        @Override
        public Optional<String> text() {
            return Optional.of(literal);
        }

        @Override
        public Optional<Long> integer() {
            try {
                return Optional.of(Long.parseLong(literal));
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(literal);
                    return d == Math.rint(d) && Math.abs(d) < 9.0e15 ? Optional.of((long) d) : Optional.empty();
                } catch (NumberFormatException e2) {
                    return Optional.empty();
                }
            }
        }

        @Override
        public String show() {
            return literal;
        }
    }

    /** JSON {@code true} or {@code false}. */
    record Bool(boolean value) implements Json {
        @Override
        public Optional<Boolean> bool() {
            return Optional.of(value);
        }

        @Override
        public String show() {
            return Boolean.toString(value);
        }
    }

    /** JSON {@code null}. */
    final class Null implements Json {
        private Null() {
        }

        @Override
        public String show() {
            return "null";
        }

        @Override
        public String toString() {
            return "null";
        }
    }
}
