package org.invar.terraform.hcl.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A value of the HCL evaluator. Known values are strings, numbers, booleans, null, lists (tuples
 * and sets) and maps (objects, keys in lexical order as Terraform iterates them). What cannot be
 * known before apply, or without AWS, is {@link Unknown}, with a reason and the resource
 * instances it comes from. Resources, modules and namespaces such as {@code var} are
 * {@link Lazy}: an attribute is evaluated only when it is read.
 */
public sealed interface Value {
    Value NULL = new Null();

    /**
     * The most parts a list or map may have, counting nested ones (a part shared twice counts
     * twice, as it is walked twice): what keeps {@code [local.a, local.a]} nested thirty deep from
     * taking exponential time and memory.
     */
    int MAX_WEIGHT = 1_000_000;
    /** The longest string: {@code "${local.s}${local.s}"} nested cannot grow without bound. */
    int MAX_STRING = 10_000_000;

    /** Whether this value, or a part of it, is unknown. */
    default boolean hasUnknown() {
        return false;
    }

    /** How many parts it has, itself included. */
    default int weight() {
        return 1;
    }

    /** A value larger than {@link #MAX_WEIGHT} or {@link #MAX_STRING}; the evaluator says where. */
    final class TooLarge extends RuntimeException {
        public TooLarge(String message) {
            super(message);
        }
    }

    private static int weigh(java.util.Collection<Value> parts) {
        long w = 1;
        for (Value p : parts) {
            w += p.weight();
        }
        if (w > MAX_WEIGHT) {
            throw new TooLarge("a value with more than " + MAX_WEIGHT + " parts");
        }
        return (int) w;
    }

    record Str(String value) implements Value {
        public Str {
            if (value.length() > MAX_STRING) {
                throw new TooLarge("a string longer than " + MAX_STRING + " characters");
            }
        }
    }

    record Num(BigDecimal value) implements Value {
        public static Num of(long n) {
            return new Num(BigDecimal.valueOf(n));
        }

        /** The plain text of the number: {@code 1}, {@code 0.5}, never {@code 1E+1}. */
        public String text() {
            BigDecimal v = value.stripTrailingZeros();
            return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        }
    }

    record Bool(boolean value) implements Value {
    }

    record Null() implements Value {
    }

    /** A list, tuple or set (a set has no repeats). */
    record Tuple(List<Value> items, boolean set, int weight) implements Value {
        public Tuple {
            items = List.copyOf(items);
        }

        public Tuple(List<Value> items, boolean set) {
            this(items, set, weigh(items));
        }

        public static Tuple of(List<Value> items) {
            return new Tuple(items, false);
        }

        @Override
        public boolean hasUnknown() {
            return items.stream().anyMatch(Value::hasUnknown);
        }
    }

    /** A map or object; keys in lexical order. */
    record Obj(Map<String, Value> attributes, int weight) implements Value {
        public Obj {
            attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        }

        public Obj(Map<String, Value> attributes) {
            this(attributes, weigh(attributes.values()));
        }

        @Override
        public boolean hasUnknown() {
            return attributes.values().stream().anyMatch(Value::hasUnknown);
        }
    }

    /**
     * Not known before apply (or without AWS, or without a variable's value): why, and the
     * addresses of the resource instances whose attributes it comes from ({@code aws_subnet.a[0]}),
     * which is how links between resources are found. {@code uncertain} when which of them it
     * comes from is not known either (a conditional on an unknown): they are candidates.
     * {@code unsetVariable} when it is the value of a root module variable that has none, passed
     * on unchanged ({@code var.subnet1_id}), or an element of one by a known index
     * ({@code var.subnet_ids[1]}): what it names is then the same wherever it is used. Anything
     * computed from it is a new unknown, without this.
     */
    record Unknown(String reason, Set<String> sources, boolean uncertain, String unsetVariable) implements Value {
        public Unknown {
            sources = Collections.unmodifiableSet(new LinkedHashSet<>(sources));
        }

        public Unknown(String reason, Set<String> sources, boolean uncertain) {
            this(reason, sources, uncertain, null);
        }

        public Unknown(String reason, Set<String> sources) {
            this(reason, sources, false);
        }

        /** The same unknown, its sources only candidates, for this reason. */
        public Unknown uncertain(String why) {
            return new Unknown(why, sources, true);
        }

        /** The same unknown, no longer the value of a variable as it is (a part of it was taken). */
        public Unknown derived() {
            return unsetVariable == null ? this : new Unknown(reason, sources, uncertain);
        }

        /** The value of the root variable {@code NAME}, which has none. */
        public static Unknown unsetVariable(String name, String reason) {
            return new Unknown(reason, Set.of(), false, "var." + name);
        }

        public static Unknown because(String reason) {
            return new Unknown(reason, Set.of());
        }

        @Override
        public boolean hasUnknown() {
            return true;
        }
    }

    /**
     * A list whose length is not known but whose elements by position are, such as the AZs of a
     * region: {@code data.aws_availability_zones.available.names[1]} is the second AZ.
     */
    record OpenList(String what, String lengthReason, IntFunction<Value> element) implements Value {
        @Override
        public boolean hasUnknown() {
            return true;
        }
    }

    /**
     * A resource instance, module instance or namespace whose attributes are evaluated when read;
     * {@code whole} gives it as one value (an object of all it has).
     */
    record Lazy(String name, Function<String, Value> attribute, Supplier<Value> whole) implements Value {
        @Override
        public boolean hasUnknown() {
            return whole.get().hasUnknown();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
