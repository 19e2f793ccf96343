package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.ResourceRecord;

/**
 * A resource instance as a mapping reads it: its values by path, and whether a value is known
 * only after apply. A path is attribute names and list indices:
 * {@code r.value("network_configuration", 0, "subnets")}. Where the unknown mask has a string
 * rather than {@code true}, the value is unknown for that reason.
 */
public final class Resource {
    private final ResourceRecord record;

    public Resource(ResourceRecord record) {
        this.record = record;
    }

    public ResourceRecord record() {
        return record;
    }

    public String address() {
        return record.address();
    }

    public String type() {
        return record.type();
    }

    /** The plan's action on it ({@code create}, {@code update}, ...), or null in a state. */
    public String action() {
        return record.action();
    }

    /** The value at a path, {@link Json#NULL} when absent (or unknown). */
    public Json value(Object... path) {
        Json at = record.values();
        for (Object step : path) {
            at = step instanceof Integer i ? at.at(i) : at.get((String) step);
        }
        return at;
    }

    /**
     * Whether the value at the path is known only after apply, wholly or in part (a list with an
     * unknown element).
     */
    public boolean unknown(Object... path) {
        Json at = record.unknown();
        for (Object step : path) {
            if (at instanceof Json.Bool b) {
                return b.value();
            }
            if (at instanceof Json.Str) {
                return true;
            }
            at = step instanceof Integer i ? at.at(i) : at.get((String) step);
        }
        return containsTrue(at);
    }

    /**
     * Why the value at the path is unknown: the reason the input gives (an evaluated configuration
     * says why), or {@link AttributeCopy#AFTER_APPLY}.
     */
    public String unknownReason(Object... path) {
        Json at = record.unknown();
        for (Object step : path) {
            if (!(at instanceof Json.Obj) && !(at instanceof Json.Arr)) {
                break;
            }
            at = step instanceof Integer i ? at.at(i) : at.get((String) step);
        }
        String reason = firstReason(at);
        return reason != null ? reason : AttributeCopy.AFTER_APPLY;
    }

    /**
     * "known after apply", or for a value an evaluated configuration does not know for another
     * reason, "not known (REASON)": to end a sentence "X of R is ...".
     */
    public String whyUnknown(Object... path) {
        String reason = unknownReason(path);
        return reason.equals(AttributeCopy.AFTER_APPLY) ? reason : "not known (" + reason + ")";
    }

    private static String firstReason(Json j) {
        if (j instanceof Json.Str s) {
            return s.value();
        }
        List<Json> parts = j instanceof Json.Obj o ? new ArrayList<>(o.members().values()) : j.elements();
        for (Json p : parts) {
            String r = firstReason(p);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Whether the whole value at the path is known only after apply (not just a part of it). */
    public boolean unknownWhole(Object... path) {
        Json at = record.unknown();
        for (Object step : path) {
            if (at instanceof Json.Bool b) {
                return b.value();
            }
            if (at instanceof Json.Str) {
                return true;
            }
            at = step instanceof Integer i ? at.at(i) : at.get((String) step);
        }
        return at instanceof Json.Bool b && b.value() || at instanceof Json.Str;
    }

    private static boolean containsTrue(Json j) {
        if (j instanceof Json.Bool b) {
            return b.value();
        }
        if (j instanceof Json.Str) {
            return true; // an unknown with its reason
        }
        if (j instanceof Json.Obj o) {
            return o.members().values().stream().anyMatch(Resource::containsTrue);
        }
        return j.elements().stream().anyMatch(Resource::containsTrue);
    }

    /** The non-empty strings at a path: a string, or the strings of a list. */
    public List<String> strings(Object... path) {
        Json v = value(path);
        List<String> out = new ArrayList<>();
        v.string().filter(s -> !s.isEmpty()).ifPresent(out::add);
        for (Json item : v.elements()) {
            item.string().filter(s -> !s.isEmpty()).ifPresent(out::add);
        }
        return out;
    }

    /** The number of elements of the list at a path (nested blocks). */
    public int count(Object... path) {
        return value(path).elements().size();
    }

    /** A path as text, for messages: {@code network_configuration[0].subnets}. */
    public static String describe(Object... path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }
}
