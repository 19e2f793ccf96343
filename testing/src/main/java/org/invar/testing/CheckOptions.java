package org.invar.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an assertion was told before it ran: the reason it exists, what it tolerates, the params
 * of its rule text, its baseline, where notes go, and how its messages name the switches that
 * tolerate more ({@code .allowingEmpty()} for the fluent API, {@code allowEmpty = true} for the
 * annotation).
 */
record CheckOptions(
        Optional<String> because,
        boolean allowEmpty,
        boolean allowUnknown,
        Map<String, String> params,
        Optional<Path> baseline,
        Consumer<String> notes,
        Switches switches) {

    CheckOptions {
        params = Map.copyOf(params);
    }

    /** The words a message uses to say how to allow an empty scope or an unknown verdict. */
    record Switches(String allowEmpty, String allowUnknown) {
        static final Switches FLUENT = new Switches(".allowingEmpty()", ".allowingUnknown()");
        static final Switches ANNOTATION = new Switches("allowEmpty = true in @InvarCheck", "allowUnknown = true in @InvarCheck");
    }
}
