package org.invar.dsl;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.invar.dsl.ast.SourceFile;

/**
 * What parsing a rule file gave: the AST when the text was well formed, and every diagnostic,
 * sorted by position.
 *
 * <p>A mistake in one declaration does not hide the others: {@code readable} holds every
 * declaration that could be read, also when others could not, so that a checker reports their
 * mistakes in the same run. It leaves out a declaration with a syntax error (a broken setting of
 * a rule aside, which is only left out of its rule), with an ambiguous 'has', or that nests too
 * deeply. {@code unreadableParams} names the params whose declaration could not be read, so that
 * uses of them are not reported as unknown names as well. When the text is well formed,
 * {@code readable} is {@code file}.
 */
public record ParseResult(Source source, Optional<SourceFile> file, SourceFile readable,
                          Set<String> unreadableParams, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = diagnostics.stream().sorted().toList();
        unreadableParams = Set.copyOf(unreadableParams);
        if (file.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a parse without a result has at least one error");
        }
    }

    /** A result with nothing readable beyond {@code file}. */
    public ParseResult(Source source, Optional<SourceFile> file, List<Diagnostic> diagnostics) {
        this(source, file, file.orElseGet(() -> new SourceFile(source.name(), List.of())), Set.of(), diagnostics);
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
