package org.invar.dsl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.ExpressionResult;
import org.invar.dsl.ParseResult;
import org.invar.dsl.Source;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.SourceFile;

/**
 * The one place that drives ANTLR. Not part of the API: use {@link org.invar.dsl.RuleParser}.
 */
public final class AntlrFrontEnd {
    private AntlrFrontEnd() {
    }

    public static ParseResult parse(Source source, int maxChars, int maxDepth) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (source.text().length() > maxChars) {
            diagnostics.add(new Diagnostic(Diagnostic.Level.ERROR, "too-large", source.name(), 0, 0,
                    "rule file is " + source.text().length() + " characters long, more than the limit of "
                            + maxChars + ": split it into several files", ""));
            return new ParseResult(source, Optional.empty(), diagnostics);
        }
        InvarLexer lexer = new InvarLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String msg, RecognitionException e) {
                // Every character lexes to some token (UNEXPECTED_CHAR at worst); the parser reports it.
            }
        });
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Optional<Diagnostic> tooDeep = nestingLimit(source, tokens.getTokens(), maxDepth);
        if (tooDeep.isPresent()) {
            return new ParseResult(source, Optional.empty(), List.of(tooDeep.get()));
        }
        InvarParser parser = new InvarParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(source, diagnostics));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            InvarParser.FileContext tree = parser.file();
            if (!diagnostics.isEmpty()) {
                return new ParseResult(source, Optional.empty(), diagnostics);
            }
            SourceFile file = new AstBuilder(source, diagnostics).file(tree);
            for (Rule rule : file.rules()) {
                int depth = Depth.of(rule.assertion());
                if (depth > maxDepth) {
                    diagnostics.add(tooDeep(source, rule.position().line(), rule.position().column(), maxDepth));
                }
            }
            Optional<SourceFile> result = diagnostics.isEmpty() ? Optional.of(file) : Optional.empty();
            return new ParseResult(source, result, diagnostics);
        } catch (StackOverflowError e) {
            return new ParseResult(source, Optional.empty(), List.of(new Diagnostic(Diagnostic.Level.ERROR,
                    "too-deep", source.name(), 0, 0,
                    "rule text is nested too deeply to read: split it into several rules",
                    "")));
        }
    }

    /** Parses a lone expression; the result holds the expression or the diagnostics. */
    public static ExpressionResult parseExpression(Source source, int maxDepth) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        InvarLexer lexer = new InvarLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Optional<Diagnostic> tooDeep = nestingLimit(source, tokens.getTokens(), maxDepth);
        if (tooDeep.isPresent()) {
            return new ExpressionResult(Optional.empty(), List.of(tooDeep.get()));
        }
        InvarParser parser = new InvarParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(source, diagnostics));
        try {
            InvarParser.StandaloneExprContext tree = parser.standaloneExpr();
            if (!diagnostics.isEmpty()) {
                return new ExpressionResult(Optional.empty(), diagnostics);
            }
            Expr expr = new AstBuilder(source, diagnostics).expr(tree.expr());
            if (diagnostics.isEmpty() && Depth.of(expr) > maxDepth) {
                diagnostics.add(tooDeep(source, 1, 1, maxDepth));
            }
            return new ExpressionResult(diagnostics.isEmpty() ? Optional.of(expr) : Optional.empty(), diagnostics);
        } catch (StackOverflowError e) {
            return new ExpressionResult(Optional.empty(), List.of(tooDeep(source, 1, 1, maxDepth)));
        }
    }

    /**
     * Brackets open levels that the parser descends into recursively; a limit checked on the
     * tokens keeps a hostile or generated file from exhausting the stack. Quantifiers and long
     * chains of operators are measured on the AST once built.
     */
    private static Optional<Diagnostic> nestingLimit(Source source, List<Token> tokens, int maxDepth) {
        int depth = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case InvarLexer.LPAREN, InvarLexer.LBRACK -> depth++;
                case InvarLexer.RPAREN, InvarLexer.RBRACK -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
            if (depth > maxDepth) {
                return Optional.of(tooDeep(source, t.getLine(), t.getCharPositionInLine() + 1, maxDepth));
            }
        }
        return Optional.empty();
    }

    private static Diagnostic tooDeep(Source source, int line, int column, int maxDepth) {
        return Diagnostic.error("too-deep", source, line, column, "rule text nests more than " + maxDepth
                + " levels here: split it into several rules");
    }
}
