package org.invar.terraform.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an expression's references lead to: resource instance addresses, in the order the
 * references give them; constant strings met on the way (an existing subnet id passed to a
 * module), to be linked by value; and what could not be followed ({@code local.ids}: a plan does
 * not describe locals).
 */
public record Resolution(List<String> addresses, List<String> constants, List<String> unfollowed) {
    public static final Resolution EMPTY = new Resolution(List.of(), List.of(), List.of());

    public Resolution {
        addresses = List.copyOf(addresses);
        constants = List.copyOf(constants);
        unfollowed = List.copyOf(unfollowed);
    }

    public boolean isEmpty() {
        return addresses.isEmpty() && constants.isEmpty();
    }

    /** Gathers resolutions, keeping first-seen order and no repeats. */
    static final class Builder {
        private final Set<String> addresses = new LinkedHashSet<>();
        private final Set<String> constants = new LinkedHashSet<>();
        private final Set<String> unfollowed = new LinkedHashSet<>();

        Builder address(String address) {
            addresses.add(address);
            return this;
        }

        Builder constant(String value) {
            constants.add(value);
            return this;
        }

        Builder unfollowed(String what) {
            unfollowed.add(what);
            return this;
        }

        Builder add(Resolution r) {
            addresses.addAll(r.addresses());
            constants.addAll(r.constants());
            unfollowed.addAll(r.unfollowed());
            return this;
        }

        Resolution build() {
            return new Resolution(new ArrayList<>(addresses), new ArrayList<>(constants), new ArrayList<>(unfollowed));
        }
    }
}
