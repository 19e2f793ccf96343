package org.invar.cli;

import java.util.List;
import java.util.Optional;
import org.invar.report.Finding;

/**
 * Everything one {@code invar check} found, the one tree every reporter reads: the report of each
 * input, and, when a baseline is in force, which failures it already knew and which of its
 * entries are fixed. Reporters compute nothing from the model or the rules; they only read this.
 *
 * <pre>{@code
 * CheckRun run = new CheckRun(List.of(CheckedInput.single("stack.yml", report)), Optional.empty());
 * new JsonReport().write(out, run);
 * }</pre>
 */
record CheckRun(List<CheckedInput> inputs, Optional<BaselineComparison> baseline) {
    CheckRun {
        inputs = List.copyOf(inputs);
    }

    /** Whether the baseline in force already holds this failure of this input. */
    boolean inBaseline(CheckedInput input, Finding finding) {
        return baseline.isPresent() && baseline.get().known(input, finding);
    }

    /** The rules evaluated: every input was checked with the same rule set, so the first report's. */
    List<org.invar.report.RuleResult> rules() {
        return inputs.isEmpty() ? List.of() : inputs.get(0).report().results();
    }
}
