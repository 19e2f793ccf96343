package org.invar.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.invar.report.judgement.FindingPolicy;

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

    /**
     * Which findings count, as the command line and the rule tests decide it: every severity (an
     * assertion checks the rules it is given), unknown verdicts unless allowed. The baseline is
     * added when it has been read or recorded.
     */
    FindingPolicy policy() {
        return FindingPolicy.everySeverity().allowingUnknown(allowUnknown);
    }

    /** The words a message uses to say how to allow an empty scope or an unknown verdict. */
    record Switches(String allowEmpty, String allowUnknown) {
        static final Switches FLUENT = new Switches(".allowingEmpty()", ".allowingUnknown()");
        static final Switches ANNOTATION = new Switches("allowEmpty = true in @InvarCheck", "allowUnknown = true in @InvarCheck");
    }
}
