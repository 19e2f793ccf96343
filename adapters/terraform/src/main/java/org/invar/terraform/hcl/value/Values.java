package org.invar.terraform.hcl.value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Conversions, equality and description of {@link Value}s, as HCL defines them. */
public final class Values {
    private Values() {
    }

    /** A lazy value as a whole; anything else as it is. */
    public static Value force(Value v) {
        return v instanceof Value.Lazy l ? l.whole().get() : v;
    }

    /** One unknown standing for several values: the first reason, every source. */
    public static Value.Unknown unknown(List<? extends Value> values) {
        String reason = null;
        Set<String> sources = new LinkedHashSet<>();
        boolean uncertain = false;
        for (Value v : values) {
            collect(force(v), sources);
            uncertain |= force(v) instanceof Value.Unknown u && u.uncertain();
            if (reason == null) {
                reason = firstReason(force(v));
            }
        }
        return new Value.Unknown(reason == null ? "not known" : reason, sources, uncertain);
    }

    /** The first top-level unknown among arguments (an open list counts), if any. */
    public static Optional<Value.Unknown> anyUnknown(List<? extends Value> values) {
        List<Value> unknown = new ArrayList<>();
        for (Value v : values) {
            if (v instanceof Value.Unknown) {
                unknown.add(v);
            }
        }
        return unknown.isEmpty() ? Optional.empty() : Optional.of(unknown(unknown));
    }

    /** The resource instances an unknown part of the value comes from. */
    public static void collect(Value v, Set<String> sources) {
        if (v instanceof Value.Unknown u) {
            sources.addAll(u.sources());
        } else if (v instanceof Value.Tuple t) {
            t.items().forEach(i -> collect(force(i), sources));
        } else if (v instanceof Value.Obj o) {
            o.attributes().values().forEach(i -> collect(force(i), sources));
        }
    }

    private static String firstReason(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.reason();
        }
        if (v instanceof Value.OpenList l) {
            return l.lengthReason();
        }
        List<Value> parts = v instanceof Value.Tuple t ? t.items()
                : v instanceof Value.Obj o ? new ArrayList<>(o.attributes().values()) : List.of();
        for (Value p : parts) {
            String r = firstReason(force(p));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The string form of a primitive, as a template or {@code tostring} makes it; empty otherwise. */
    public static Optional<String> string(Value v) {
        if (v instanceof Value.Str s) {
            return Optional.of(s.value());
        }
        if (v instanceof Value.Num n) {
            return Optional.of(n.text());
        }
        if (v instanceof Value.Bool b) {
            return Optional.of(Boolean.toString(b.value()));
        }
        return Optional.empty();
    }

    /** A number, or a string holding one. */
    public static Optional<java.math.BigDecimal> number(Value v) {
        if (v instanceof Value.Num n) {
            return Optional.of(n.value());
        }
        if (v instanceof Value.Str s) {
            try {
                return Optional.of(new java.math.BigDecimal(s.value().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The elements of a list, set, or the values of a map (in key order); empty for anything else. */
    public static List<Value> elements(Value v) {
        Value f = force(v);
        if (f instanceof Value.Tuple t) {
            return t.items();
        }
        if (f instanceof Value.Obj o) {
            return new ArrayList<>(o.attributes().values());
        }
        return List.of();
    }

    /** Equality of known values; numbers by value. */
    public static boolean same(Value a, Value b) {
        Value x = force(a);
        Value y = force(b);
        if (x instanceof Value.Num n && y instanceof Value.Num m) {
            return n.value().compareTo(m.value()) == 0;
        }
        if (x instanceof Value.Tuple t && y instanceof Value.Tuple u) {
            if (t.items().size() != u.items().size()) {
                return false;
            }
            for (int i = 0; i < t.items().size(); i++) {
                if (!same(t.items().get(i), u.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof Value.Obj o && y instanceof Value.Obj p) {
            if (!o.attributes().keySet().equals(p.attributes().keySet())) {
                return false;
            }
            for (Map.Entry<String, Value> e : o.attributes().entrySet()) {
                if (!same(e.getValue(), p.attributes().get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return x.equals(y);
    }

    /** What kind of value it is, for messages: "a string", "a list of 2", ... */
    public static String kind(Value v) {
        Value f = force(v);
        if (f instanceof Value.Str) {
            return "a string";
        }
        if (f instanceof Value.Num) {
            return "a number";
        }
        if (f instanceof Value.Bool) {
            return "a bool";
        }
        if (f instanceof Value.Null) {
            return "null";
        }
        if (f instanceof Value.Tuple t) {
            return (t.set() ? "a set of " : "a list of ") + t.items().size();
        }
        if (f instanceof Value.Obj) {
            return "a map";
        }
        return "an unknown value";
    }

    /** A value as it reads in a message, shortened. */
    public static String show(Value v) {
        String s = showFull(force(v));
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static String showFull(Value v) {
        if (v instanceof Value.Str s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof Value.Tuple t) {
            List<String> parts = new ArrayList<>();
            t.items().forEach(i -> parts.add(showFull(force(i))));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Value.Obj o) {
            List<String> parts = new ArrayList<>();
            o.attributes().forEach((k, i) -> parts.add(k + " = " + showFull(force(i))));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof Value.Unknown) {
            return "(unknown)";
        }
        if (v instanceof Value.OpenList l) {
            return "(" + l.what() + ")";
        }
        return string(v).orElse("null");
    }
}
