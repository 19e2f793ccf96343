package org.invar.dsl;

import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Expr;

/** What parsing a lone expression gave: the expression, or the diagnostics that say why not. */
public record ExpressionResult(Optional<Expr> expr, List<Diagnostic> diagnostics) {
    public ExpressionResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return expr.isPresent();
    }
}
