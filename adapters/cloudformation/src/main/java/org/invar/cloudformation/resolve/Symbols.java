package org.invar.cloudformation.resolve;

import java.util.Set;

/** Facts shared by the {@link Symbol}s. */
final class Symbols {
    /** Delimiters that never occur inside an AWS resource id, AZ name or account id. */
    static final Set<String> ID_SAFE = Set.of(",", ";", "|", " ", "\n");

    private Symbols() {
    }
}
