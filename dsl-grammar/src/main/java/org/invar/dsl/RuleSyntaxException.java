package org.invar.dsl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown only when a caller asks for the result of rule text that did not parse or check; it
 * carries every diagnostic. Code that wants to show errors reads the diagnostics instead.
 */
public class RuleSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public RuleSyntaxException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
