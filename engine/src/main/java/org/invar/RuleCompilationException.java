package org.invar;

import java.util.List;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.RuleSyntaxException;

/** Rules that did not parse or check, with every diagnostic. */
public class RuleCompilationException extends RuleSyntaxException {
    private static final long serialVersionUID = 1L;

    public RuleCompilationException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }
}
