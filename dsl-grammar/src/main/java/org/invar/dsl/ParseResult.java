package org.invar.dsl;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.invar.dsl.ast.SourceFile;

/**
 * What parsing a rule file gave: the AST when the text was well formed, and every diagnostic,
 * sorted by position.
 */
public record ParseResult(Source source, Optional<SourceFile> file, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = diagnostics.stream().sorted().toList();
        if (file.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a parse without a result has at least one error");
        }
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The AST; throws {@link RuleSyntaxException} with every diagnostic when the text had errors. */
    public SourceFile fileOrThrow() {
        if (!ok()) {
            throw new RuleSyntaxException(diagnostics);
        }
        return file.orElseThrow();
    }

    /** Every diagnostic formatted with its source line and caret, one after the other. */
    public String report() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
