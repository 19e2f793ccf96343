package org.invar.model;

import java.util.List;
import java.util.Map;
import org.invar.schema.ValueType;

/**
 * One attribute of every entity of a kind, stored densely: a state byte per entity (absent,
 * present, unknown) and one long holding the value. Ints are the long, decimals its double bits,
 * bools 0 or 1, strings a code into the model's {@link StringPool}. Lists, rare, are boxed.
 */
public final class Column {
    public static final byte ABSENT = 0;
    public static final byte PRESENT = 1;
    public static final byte UNKNOWN = 2;

    private final ValueType type;
    private final byte[] state;
    private final long[] bits;
    private final Value.ListValue[] lists;
    private final Map<Integer, String> reasons;
    private final StringPool pool;

    Column(ValueType type, byte[] state, long[] bits, Value.ListValue[] lists, Map<Integer, String> reasons,
           StringPool pool) {
        this.type = type;
        this.state = state;
        this.bits = bits;
        this.lists = lists;
        this.reasons = Map.copyOf(reasons);
        this.pool = pool;
    }

    public ValueType type() {
        return type;
    }

    public byte state(int entity) {
        return state[entity];
    }

    public long longAt(int entity) {
        return bits[entity];
    }

    public double doubleAt(int entity) {
        return type == ValueType.DECIMAL ? Double.longBitsToDouble(bits[entity]) : bits[entity];
    }

    public boolean boolAt(int entity) {
        return bits[entity] != 0;
    }

    /** The pool code of a string value. */
    public int codeAt(int entity) {
        return (int) bits[entity];
    }

    public List<Value> listAt(int entity) {
        return lists[entity].elements();
    }

    public String unknownReason(int entity) {
        return reasons.getOrDefault(entity, "unknown");
    }

    /** The value boxed, {@link Value.Unknown} with its reason, or null when absent. */
    public Value value(int entity) {
        return switch (state[entity]) {
            case ABSENT -> null;
            case UNKNOWN -> Value.unknown(unknownReason(entity));
            default -> switch (type) {
                case INT -> Value.of(bits[entity]);
                case DECIMAL -> Value.of(Double.longBitsToDouble(bits[entity]));
                case BOOL -> Value.of(bits[entity] != 0);
                case STRING -> Value.of(pool.string((int) bits[entity]));
                case LIST -> lists[entity];
            };
        };
    }
}
