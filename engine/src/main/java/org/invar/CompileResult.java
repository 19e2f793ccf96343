package org.invar;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.invar.dsl.Diagnostic;

/** The rule set, when every file parsed and checked, and every diagnostic, sorted. */
public record CompileResult(Optional<RuleSet> rules, List<Diagnostic> diagnostics) {
    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return rules.isPresent();
    }

    /** The rule set; throws {@link RuleCompilationException} with the diagnostics when there is none. */
    public RuleSet ruleSet() {
        return rules.orElseThrow(() -> new RuleCompilationException(diagnostics));
    }

    /** Every diagnostic with its source line and caret. */
    public String report() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
