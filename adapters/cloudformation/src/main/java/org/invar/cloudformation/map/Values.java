package org.invar.cloudformation.map;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.Value;

/**
 * Reading resolved property values ({@link Val}) as model attribute values: a literal becomes a
 * string, whole number or boolean; what is not known becomes {@link Value.Unknown} with the
 * reason; what is absent ({@code AWS::NoValue}, a missing property) is null, and the attribute
 * is left unset or given its AWS default by the caller.
 */
final class Values {
    private Values() {
    }

    /** The value at a path of keys inside nested mappings; absent keys give {@link Val.NoValue}. */
    static Val at(Val v, String... keys) {
        for (String key : keys) {
            if (v instanceof Val.MapV m) {
                v = m.get(key).orElse(Val.NoValue.INSTANCE);
            } else if (v instanceof Val.Unknown) {
                return v;
            } else {
                return Val.NoValue.INSTANCE;
            }
        }
        return v;
    }

    static boolean absent(Val v) {
        return v == Val.NoValue.INSTANCE || v == Val.Null.INSTANCE;
    }

    /** The items of a list; a lone value as a list of one; nothing for anything else. */
    static List<Val> items(Val v) {
        if (v instanceof Val.ListV l) {
            return l.items();
        }
        if (v instanceof Val.MapV) {
            return List.of(v);
        }
        return List.of();
    }

    static Value string(Val v) {
        if (absent(v)) {
            return null;
        }
        if (v instanceof Val.Str s) {
            return s.literal().map(Value::of).orElseGet(() -> Value.unknown(s.unknownReason().orElse("not known")));
        }
        return notScalar(v);
    }

    static Value integer(Val v) {
        Value s = string(v);
        if (!(s instanceof Value.Str str)) {
            return s;
        }
        String text = str.value().strip();
        try {
            return Value.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            // 3.0 and 1e3 are whole numbers too; a number too large for a long is not clamped to
            // one: CloudFormation would refuse it, and a rule must not judge a value it made up.
            try {
                BigDecimal d = new BigDecimal(text);
                if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                    return inRange(d.toBigIntegerExact(), str.value());
                }
            } catch (NumberFormatException | ArithmeticException ignored) {
                // not a number at all, or not whole: said below
            }
            return Value.unknown("'" + str.value() + "' is not a whole number");
        }
    }

    private static Value inRange(BigInteger whole, String written) {
        if (whole.bitLength() < Long.SIZE) {
            return Value.of(whole.longValueExact());
        }
        return Value.unknown("'" + written + "' is out of range: a whole number from "
                + Long.MIN_VALUE + " to " + Long.MAX_VALUE + " was expected; CloudFormation would refuse it");
    }

    static Value bool(Val v) {
        Value s = string(v);
        if (!(s instanceof Value.Str str)) {
            return s;
        }
        return switch (str.value().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Value.of(true);
            case "false" -> Value.of(false);
            default -> Value.unknown("'" + str.value() + "' is not true or false");
        };
    }

    /** Sets an attribute when the value is not null; returns whether it did. */
    static boolean put(org.invar.model.EntityBuilder e, String attribute, Value v) {
        if (v == null) {
            return false;
        }
        e.set(attribute, v);
        return true;
    }

    /** Sets an attribute to the value, or to {@code fallback} (AWS's default) when absent. */
    static void put(org.invar.model.EntityBuilder e, String attribute, Value v, Value fallback) {
        e.set(attribute, v != null ? v : fallback);
    }

    /** The literal text, or null when it is absent or not known. */
    static String text(Val v) {
        return v instanceof Val.Str s ? s.literal().orElse(null) : null;
    }

    private static Value notScalar(Val v) {
        if (v instanceof Val.Unknown u) {
            return Value.unknown(u.reason());
        }
        if (v instanceof Val.OpenList o) {
            return Value.unknown(o.reason());
        }
        return Value.unknown("a list or mapping where one value was expected");
    }

    /** Why a value is not known, when it is not; null otherwise. */
    static String unknownReason(Val v) {
        if (v instanceof Val.Unknown u) {
            return u.reason();
        }
        if (v instanceof Val.OpenList o) {
            return o.reason();
        }
        if (v instanceof Val.Str s) {
            return s.unknownReason().orElse(null);
        }
        return null;
    }
}
