package org.invar.terraform.mapping;

import java.util.Optional;
import org.invar.model.EntityBuilder;
import org.invar.terraform.json.Json;

/**
 * Copies a resource's values to an entity's attributes: a known value is set, a value known
 * only after apply becomes unknown with that reason, an absent or null value stays absent, and a
 * value of the wrong type becomes unknown with a reason that says so.
 *
 * <pre>{@code
 * ctx.copy(r, subnet).string("cidr", "cidr_block").bool("map_public_ip_on_launch", "map_public_ip_on_launch");
 * }</pre>
 */
public final class AttributeCopy {
    /** The reason of a value a plan knows only after apply. */
    public static final String AFTER_APPLY = "known after apply";

    private final Resource r;
    private final EntityBuilder e;

    AttributeCopy(Resource r, EntityBuilder e) {
        this.r = r;
        this.e = e;
    }

    public AttributeCopy string(String attribute, Object... path) {
        if (r.unknown(path)) {
            e.unknown(attribute, r.unknownReason(path));
            return this;
        }
        Json v = r.value(path);
        Optional<String> s = v instanceof Json.Bool b ? Optional.of(Boolean.toString(b.value())) : v.text();
        if (s.isPresent() && s.get().isEmpty()) {
            return this; // the provider's way of saying "not set"
        }
        if (s.isPresent()) {
            e.set(attribute, s.get());
        } else if (!v.isNull()) {
            wrongType(attribute, path, v, "a string");
        }
        return this;
    }

    public AttributeCopy integer(String attribute, Object... path) {
        if (r.unknown(path)) {
            e.unknown(attribute, r.unknownReason(path));
            return this;
        }
        Json v = r.value(path);
        Optional<Long> n = v.integer();
        if (n.isPresent()) {
            e.set(attribute, n.get());
        } else if (!v.isNull()) {
            wrongType(attribute, path, v, "a whole number");
        }
        return this;
    }

    public AttributeCopy bool(String attribute, Object... path) {
        if (r.unknown(path)) {
            e.unknown(attribute, r.unknownReason(path));
            return this;
        }
        Json v = r.value(path);
        Optional<Boolean> b = v.bool();
        if (b.isPresent()) {
            e.set(attribute, b.get());
        } else if (!v.isNull()) {
            wrongType(attribute, path, v, "true or false");
        }
        return this;
    }

    /** Like {@link #bool}, with the provider's default when the value is absent or null. */
    public AttributeCopy boolOr(String attribute, boolean fallback, Object... path) {
        if (!r.unknown(path) && r.value(path).isNull()) {
            e.set(attribute, fallback);
            return this;
        }
        return bool(attribute, path);
    }

    private void wrongType(String attribute, Object[] path, Json v, String expected) {
        e.unknown(attribute, r.address() + "." + Resource.describe(path) + " is " + v.show() + ", not " + expected);
    }
}
