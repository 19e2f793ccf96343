package org.invar.dsl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.invar.dsl.ast.Declaration;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Precedence;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.SourceFile;
import org.invar.dsl.internal.InvarLexer;
import org.invar.dsl.internal.InvarParser;

/**
 * The one place that drives ANTLR. Not part of the API: use {@link org.invar.dsl.RuleParser}.
 */
final class AntlrFrontEnd {
    private AntlrFrontEnd() {
    }

    static ParseResult parse(Source source, int maxChars, int maxDepth) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (source.text().length() > maxChars) {
            diagnostics.add(new Diagnostic(Diagnostic.Level.ERROR, "too-large", source.name(), 0, 0,
                    "rule file is " + source.text().length() + " characters long, more than the limit of "
                            + maxChars + ": split it into several files", ""));
            return new ParseResult(source, Optional.empty(), diagnostics);
        }
        CommonTokenStream tokens = lex(source);
        Optional<Diagnostic> tooDeep = nestingLimit(source, tokens.getTokens(), maxDepth);
        if (tooDeep.isPresent()) {
            return new ParseResult(source, Optional.empty(), List.of(tooDeep.get()));
        }
        try {
            InvarParser.FileContext tree = parse(tokens, source, diagnostics, InvarParser::file);
            return read(source, tree, tokens, diagnostics, maxDepth);
        } catch (StackOverflowError e) {
            return new ParseResult(source, Optional.empty(), List.of(new Diagnostic(Diagnostic.Level.ERROR,
                    "too-deep", source.name(), 0, 0,
                    "rule text is nested too deeply to read: split it into several rules",
                    "")));
        }
    }

    /**
     * Builds every declaration that can be read, also after syntax errors in others, so that
     * their mistakes are reported in the same run. A declaration whose 'has' is ambiguous, or
     * that nests too deeply, is reported and left out.
     */
    private static ParseResult read(Source source, InvarParser.FileContext tree, CommonTokenStream tokens,
                                    List<Diagnostic> diagnostics, int maxDepth) {
        Set<InvarParser.DeclarationContext> readable = ReadableDeclarations.of(tree, tokens);
        AstBuilder builder = new AstBuilder(source, diagnostics);
        List<Declaration> declarations = new ArrayList<>();
        Set<String> unreadableParams = new HashSet<>();
        for (InvarParser.DeclarationContext d : tree.declaration()) {
            if (!readable.contains(d)) {
                paramName(d).ifPresent(unreadableParams::add);
                continue;
            }
            Optional<Declaration> declaration = builder.declaration(d);
            InvarParser.QuantifiedContext invariant = d.ruleDecl() != null ? d.ruleDecl().quantified() : d.quantified();
            boolean unambiguous = invariant == null || HasGrouping.check(source, invariant, diagnostics);
            if (declaration.isEmpty() || !unambiguous) {
                continue;
            }
            if (declaration.get() instanceof Rule rule && Depth.of(rule.assertion()) > maxDepth) {
                diagnostics.add(tooDeep(source, rule.position().line(), rule.position().column(), maxDepth));
                continue;
            }
            declarations.add(declaration.get());
        }
        SourceFile file = new SourceFile(source.name(), declarations);
        boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError);
        return new ParseResult(source, ok ? Optional.of(file) : Optional.empty(), file, unreadableParams, diagnostics);
    }

    /** The name a broken param declaration gives, when the name itself could be read. */
    private static Optional<String> paramName(InvarParser.DeclarationContext d) {
        InvarParser.ParamDeclContext p = d.paramDecl();
        if (p == null || p.identifier() == null || ParseTrees.hasErrors(p.identifier())) {
            return Optional.empty();
        }
        return Optional.of(p.identifier().getText());
    }

    /** Parses a lone expression; the result holds the expression or the diagnostics. */
    static ExpressionResult parseExpression(Source source, int maxDepth) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CommonTokenStream tokens = lex(source);
        Optional<Diagnostic> tooDeep = nestingLimit(source, tokens.getTokens(), maxDepth);
        if (tooDeep.isPresent()) {
            return new ExpressionResult(Optional.empty(), List.of(tooDeep.get()));
        }
        try {
            InvarParser.StandaloneExprContext tree = parse(tokens, source, diagnostics, InvarParser::standaloneExpr);
            if (!diagnostics.isEmpty()) {
                return new ExpressionResult(Optional.empty(), diagnostics);
            }
            Expr expr = new AstBuilder(source, diagnostics).expr(tree.expr());
            HasGrouping.check(source, tree.expr(), diagnostics);
            if (diagnostics.isEmpty() && Depth.of(expr) > maxDepth) {
                diagnostics.add(tooDeep(source, 1, 1, maxDepth));
            }
            return new ExpressionResult(diagnostics.isEmpty() ? Optional.of(expr) : Optional.empty(), diagnostics);
        } catch (StackOverflowError e) {
            return new ExpressionResult(Optional.empty(), List.of(tooDeep(source, 1, 1, maxDepth)));
        }
    }

    private static CommonTokenStream lex(Source source) {
        InvarLexer lexer = new InvarLexer(CharStreams.fromString(source.text(), source.name()));
        // Every character lexes to some token (UNEXPECTED_CHAR at worst); the parser reports it.
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens;
    }

    /**
     * Parses in two stages, as ANTLR advises: SLL prediction, fast and right for nearly all text,
     * giving up at the first error; then, only when it gave up, full LL prediction with error
     * recovery and the messages of {@link SyntaxErrorStrategy}.
     */
    private static <T extends ParserRuleContext> T parse(CommonTokenStream tokens, Source source,
                                                         List<Diagnostic> diagnostics, Function<InvarParser, T> rule) {
        InvarParser parser = new InvarParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new SyntaxErrorStrategy(source, diagnostics));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return rule.apply(parser);
        }
    }

    /**
     * Brackets open levels that the parser descends into recursively; a limit checked on the
     * tokens keeps a hostile or generated file from exhausting the stack. Quantifiers and long
     * chains of operators are measured on the AST once built, but the worst of them are caught
     * here too, because the parser spends time quadratic in their length before the AST exists
     * (5,000 nested quantifiers took seconds): each count below is a lower bound of the depth
     * the AST would have, so nothing the AST check would accept is refused.
     * <ul>
     * <li>A quantifier's filter and claim run as far right as the text goes, so every quantifier
     * that follows another in the same declaration, at the same bracket level or deeper, is nested
     * in it. A quantifier right after a token that ends an operand (a name, a literal, a closing
     * bracket) starts a new bare invariant instead.
     * <li>Binary operators of one precedence (or; and; comparisons; + and -; * and /) at one
     * bracket level form one left-leaning chain of that many nodes, as long as no operator that
     * binds looser comes between them, nor a quantifier word, nor 'not' or 'is' (whose operands
     * reopen the looser levels). Each run is counted until one of those resets it.
     * <li>Adjacent 'not's nest.
     * </ul>
     */
    private static Optional<Diagnostic> nestingLimit(Source source, List<Token> tokens, int maxDepth) {
        int depth = 0;
        int nots = 0;
        int[] level = new int[RUNS];
        Deque<int[]> outer = new ArrayDeque<>();
        Token previous = null;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int over = 0;
            int type = t.getType();
            nots = type == InvarLexer.NOT ? nots + 1 : 0;
            switch (type) {
                case InvarLexer.LPAREN, InvarLexer.LBRACK -> {
                    depth++;
                    over = depth;
                    outer.push(level);
                    level = fresh(level[QUANTIFIERS]);
                }
                case InvarLexer.RPAREN, InvarLexer.RBRACK -> {
                    depth = Math.max(0, depth - 1);
                    level = outer.isEmpty() ? new int[RUNS] : outer.pop();
                }
                case InvarLexer.RULE, InvarLexer.PARAM, InvarLexer.IMPORT -> {
                    level = new int[RUNS];
                    outer.clear();
                }
                case InvarLexer.EVERY, InvarLexer.NO, InvarLexer.SOME, InvarLexer.AT, InvarLexer.EXACTLY -> {
                    if (previous != null && endsOperand(previous.getType())) {
                        level = new int[RUNS];
                        outer.clear();
                    }
                    level = fresh(level[QUANTIFIERS] + 1);
                    over = level[QUANTIFIERS];
                }
                case InvarLexer.HAS, InvarLexer.WITH, InvarLexer.WHERE -> level = fresh(level[QUANTIFIERS]);
                case InvarLexer.NOT, InvarLexer.IS -> {
                    reset(level, run(Precedence.COMPARE));
                    over = type == InvarLexer.NOT ? nots : 0;
                }
                case InvarLexer.MINUS -> {
                    // After an operand '-' subtracts; elsewhere it is the sign of a number.
                    if (previous != null && endsOperand(previous.getType())) {
                        over = chain(level, run(Precedence.ADD));
                    }
                }
                default -> {
                    Optional<Precedence> binary = Vocabulary.binaryOperator(type);
                    if (binary.isPresent()) {
                        over = chain(level, run(binary.get()));
                    }
                }
            }
            if (over > maxDepth) {
                return Optional.of(tooDeep(source, t.getLine(), t.getCharPositionInLine() + 1, maxDepth));
            }
            previous = t;
        }
        return Optional.empty();
    }

    // The counters of one bracket level: quantifiers, then one chain per precedence, from the loosest to the tightest.
    private static final int QUANTIFIERS = 0;
    private static final int RUNS = 1 + Precedence.values().length;

    private static int run(Precedence precedence) {
        return 1 + precedence.ordinal();
    }

    private static int[] fresh(int quantifiers) {
        int[] level = new int[RUNS];
        level[QUANTIFIERS] = quantifiers;
        return level;
    }

    /** One more operator in the chain of {@code run}; the chains of tighter operators end here. */
    private static int chain(int[] level, int run) {
        reset(level, run + 1);
        return ++level[run];
    }

    private static void reset(int[] level, int from) {
        for (int i = from; i < RUNS; i++) {
            level[i] = 0;
        }
    }

    /** Whether a token of this type can end an operand, so that an operator may follow it. */
    static boolean endsOperand(int type) {
        return switch (type) {
            case InvarLexer.NAME, InvarLexer.INT, InvarLexer.DECIMAL, InvarLexer.STRING, InvarLexer.TRUE,
                    InvarLexer.FALSE, InvarLexer.RPAREN, InvarLexer.RBRACK, InvarLexer.RBRACE -> true;
            default -> Vocabulary.isSoftKeyword(type);
        };
    }

    private static Diagnostic tooDeep(Source source, int line, int column, int maxDepth) {
        return Diagnostic.error("too-deep", source, line, column, "rule text nests more than " + maxDepth
                + " levels here: split it into several rules");
    }
}
