package org.invar.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An attribute value as handed to a {@link ModelBuilder} or read back from a {@link Model}.
 * {@link Unknown} is a value in its own right: an attribute whose value cannot be known (a
 * parameter without a default, a denied API call) carries the reason, and a rule that needs it
 * says unknown rather than pass. An attribute that is simply not there is absent, not a value.
 */
public sealed interface Value {

    static Value of(long value) {
        return new Int(value);
    }

    static Value of(double value) {
        return new Decimal(value);
    }

    static Value of(String value) {
        return new Str(value);
    }

    static Value of(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    static Value unknown(String reason) {
        return new Unknown(reason);
    }

    /** The value as it reads in a message: numbers plainly, strings bare, unknown as {@code unknown}. */
    String display();

    record Int(long value) implements Value {
        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    record Decimal(double value) implements Value {
        @Override
        public String display() {
            return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    record Str(String value) implements Value {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    record Bool(boolean value) implements Value {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);

        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }

    record ListValue(List<Value> elements) implements Value {
        public ListValue {
            elements = List.copyOf(elements);
        }

        @Override
        public String display() {
            return elements.stream().map(Value::display).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    record Unknown(String reason) implements Value {
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String display() {
            return "unknown";
        }
    }
}
