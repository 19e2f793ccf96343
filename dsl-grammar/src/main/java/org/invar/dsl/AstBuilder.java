package org.invar.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Declaration;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Import;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Param;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.Severity;
import org.invar.dsl.internal.InvarLexer;
import org.invar.dsl.internal.InvarParser;

/**
 * Turns the parse tree of a declaration without syntax errors into the immutable AST. What the
 * grammar lets through but the language does not mean (an unknown severity, a function that is
 * not an aggregate, {@code is} followed by something other than set or missing) becomes a
 * diagnostic. A rule setting with a syntax error of its own is left out of its rule, which is
 * still read: its other mistakes are reported too.
 */
final class AstBuilder {
    private final Source source;
    private final List<Diagnostic> diagnostics;
    private final Regrouping regrouping;
    /** Set when the declaration being built says other than what was written: checking it would mislead. */
    private boolean misread;

    AstBuilder(Source source, List<Diagnostic> diagnostics) {
        this(source, diagnostics, null);
    }

    /** A builder that moves one 'has' to another quantifier, to show a reading of an ambiguous rule. */
    AstBuilder(Source source, List<Diagnostic> diagnostics, Regrouping regrouping) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.regrouping = regrouping;
    }

    /** The claim ({@code has}) of {@code from} read as the claim of {@code to}, which encloses it. */
    record Regrouping(InvarParser.QuantifiedContext from, InvarParser.QuantifiedContext to) {
    }

    /**
     * The declaration, or empty when it was read with a substitute that checking would report
     * on as if the author had written it (an unknown function read as count, a rule over a path
     * read as over its first kind): its own diagnostic says what is wrong.
     */
    Optional<Declaration> declaration(InvarParser.DeclarationContext d) {
        misread = false;
        Declaration declaration;
        if (d.importDecl() != null) {
            declaration = new Import(string(d.importDecl().STRING().getSymbol()), position(d));
        } else if (d.paramDecl() != null) {
            InvarParser.ParamDeclContext p = d.paramDecl();
            declaration = new Param(identifier(p.identifier()), literal(p.literal()), position(d));
        } else if (d.ruleDecl() != null) {
            declaration = rule(d.ruleDecl());
        } else {
            Quantified invariant = topLevel(d.quantified());
            declaration = Rule.bare(source.stem() + ":" + invariant.position().line(), invariant);
        }
        return misread ? Optional.empty() : Optional.of(declaration);
    }

    private Rule rule(InvarParser.RuleDeclContext ctx) {
        Optional<Severity> severity = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<String> message = Optional.empty();
        Optional<String> docs = Optional.empty();
        List<String> tags = List.of();
        boolean unsuppressible = false;
        Position messagePosition = Position.NONE;
        List<String> seen = new ArrayList<>();
        for (InvarParser.MetaContext meta : ctx.meta()) {
            if (ParseTrees.hasErrors(meta)) {
                // Its syntax error is reported; the rest of the rule still says what it says.
                continue;
            }
            String key = meta.getStart().getText();
            if (seen.contains(key)) {
                error(meta.getStart(), "'" + key + "' is given twice in rule " + ctx.RULE_ID().getText()
                        + ": keep one");
            }
            seen.add(key);
            if (meta instanceof InvarParser.SeverityMetaContext s) {
                String word = s.identifier().getText();
                severity = Severity.fromWord(word);
                if (severity.isEmpty()) {
                    error(s.identifier().getStart(), "unknown severity '" + word
                            + "': use critical, high, medium, low or info");
                }
            } else if (meta instanceof InvarParser.TitleMetaContext t) {
                title = Optional.of(string(t.STRING().getSymbol()));
            } else if (meta instanceof InvarParser.MessageMetaContext m) {
                message = Optional.of(string(m.STRING().getSymbol()));
                messagePosition = position(m.STRING().getSymbol());
            } else if (meta instanceof InvarParser.DocsMetaContext d) {
                docs = Optional.of(string(d.STRING().getSymbol()));
            } else if (meta instanceof InvarParser.TagsMetaContext t) {
                tags = t.tag().stream().map(this::tag).toList();
            } else {
                unsuppressible = true;
            }
        }
        return new Rule(ctx.RULE_ID().getText(), false, severity, title, message, docs, tags, unsuppressible,
                topLevel(ctx.quantified()), position(ctx), messagePosition);
    }

    private String tag(InvarParser.TagContext ctx) {
        if (ctx.STRING() != null) {
            return string(ctx.STRING().getSymbol());
        }
        return ctx.tagWord().stream().map(ParserRuleContext::getText).collect(Collectors.joining("-"));
    }

    /** The invariant of a rule: like a nested quantifier, but over one kind rather than a path. */
    private Quantified topLevel(InvarParser.QuantifiedContext ctx) {
        Quantified q = quantified(ctx);
        if (q.range().segments().size() > 1) {
            misread = true;
            error(ctx.path().getStart(), "a rule ranges over a kind, not a path: write '"
                    + q.quantifier().text() + " " + q.range().segments().get(0).name() + " has ...'"
                    + " and follow relations inside the condition");
        }
        return q;
    }

    Quantified quantified(InvarParser.QuantifiedContext ctx) {
        return new Quantified(quantifier(ctx.quantifier()), path(ctx.path()),
                Optional.ofNullable(ctx.identifier()).map(this::identifier),
                Optional.ofNullable(ctx.filter).map(this::expr),
                Optional.ofNullable(claimOf(ctx)).map(this::expr),
                position(ctx));
    }

    private InvarParser.ExprContext claimOf(InvarParser.QuantifiedContext ctx) {
        if (regrouping == null) {
            return ctx.claim;
        }
        if (ctx == regrouping.from()) {
            return null;
        }
        return ctx == regrouping.to() ? regrouping.from().claim : ctx.claim;
    }

    private Quantifier quantifier(InvarParser.QuantifierContext ctx) {
        if (ctx instanceof InvarParser.EveryQuantifierContext) {
            return Quantifier.EVERY;
        }
        if (ctx instanceof InvarParser.NoQuantifierContext) {
            return Quantifier.NO;
        }
        if (ctx instanceof InvarParser.SomeQuantifierContext) {
            return Quantifier.SOME;
        }
        if (ctx instanceof InvarParser.AtLeastQuantifierContext c) {
            return Quantifier.atLeast(count(c.INT().getSymbol()));
        }
        if (ctx instanceof InvarParser.AtMostQuantifierContext c) {
            return Quantifier.atMost(count(c.INT().getSymbol()));
        }
        return Quantifier.exactly(count(((InvarParser.ExactlyQuantifierContext) ctx).INT().getSymbol()));
    }

    private int count(Token token) {
        try {
            return Integer.parseInt(token.getText());
        } catch (NumberFormatException e) {
            error(token, "the count " + token.getText() + " is too large: at most " + Integer.MAX_VALUE);
            return 0;
        }
    }

    Expr expr(InvarParser.ExprContext ctx) {
        if (ctx instanceof InvarParser.ParenExprContext c) {
            return expr(c.expr());
        }
        if (ctx instanceof InvarParser.LiteralExprContext c) {
            return literal(c.literal());
        }
        if (ctx instanceof InvarParser.AggregateExprContext c) {
            return aggregate(c.aggregate());
        }
        if (ctx instanceof InvarParser.PathExprContext c) {
            return path(c.path());
        }
        if (ctx instanceof InvarParser.ArithmeticExprContext c) {
            return new Arithmetic(Vocabulary.arithmetic(c.op), expr(c.left), expr(c.right), position(c.op));
        }
        if (ctx instanceof InvarParser.IsExprContext c) {
            String word = c.test.getText();
            if (!word.equals("set") && !word.equals("missing")) {
                error(c.test.getStart(), "expected 'set' or 'missing' after 'is' but found '" + word + "'");
            }
            return new PresenceTest(expr(c.expr()), !word.equals("missing"), position(c.IS().getSymbol()));
        }
        if (ctx instanceof InvarParser.CompareExprContext c) {
            return new Comparison(comparison(c.comparison()), expr(c.left), expr(c.right), position(c.comparison()));
        }
        if (ctx instanceof InvarParser.NotExprContext c) {
            return new Not(expr(c.expr()), position(c));
        }
        if (ctx instanceof InvarParser.AndExprContext c) {
            return new Logical(Vocabulary.logical(c.AND().getSymbol()), expr(c.left), expr(c.right),
                    position(c.AND().getSymbol()));
        }
        if (ctx instanceof InvarParser.OrExprContext c) {
            return new Logical(Vocabulary.logical(c.OR().getSymbol()), expr(c.left), expr(c.right),
                    position(c.OR().getSymbol()));
        }
        return quantified(((InvarParser.NestedExprContext) ctx).quantified());
    }

    private static Comparison.Operator comparison(InvarParser.ComparisonContext ctx) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            tokens.add(((TerminalNode) ctx.getChild(i)).getSymbol());
        }
        return Vocabulary.comparison(tokens);
    }

    private Aggregate aggregate(InvarParser.AggregateContext ctx) {
        String name = ctx.function.getText();
        Optional<Aggregate.Function> function = Aggregate.Function.fromWord(name);
        if (function.isEmpty()) {
            misread = true;
            error(ctx.function.getStart(), "unknown function '" + name + "': use count, sum, min, max or avg");
        }
        return new Aggregate(function.orElse(Aggregate.Function.COUNT), ctx.DISTINCT() != null, path(ctx.path()),
                Optional.ofNullable(ctx.filter).map(this::expr), position(ctx));
    }

    private Path path(InvarParser.PathContext ctx) {
        return new Path(ctx.identifier().stream().map(this::identifier).toList());
    }

    private Identifier identifier(InvarParser.IdentifierContext ctx) {
        return new Identifier(ctx.getText(), position(ctx));
    }

    Literal literal(InvarParser.LiteralContext ctx) {
        Position at = position(ctx);
        if (ctx instanceof InvarParser.IntLiteralContext c) {
            String text = (c.MINUS() != null ? "-" : "") + c.INT().getText();
            try {
                return new Literal.IntLiteral(Long.parseLong(text), at);
            } catch (NumberFormatException e) {
                error(ctx.getStart(), "the number " + text + " is too large for a whole number: write it as a decimal");
                return new Literal.IntLiteral(0, at);
            }
        }
        if (ctx instanceof InvarParser.DecimalLiteralContext c) {
            return new Literal.DecimalLiteral(new BigDecimal((c.MINUS() != null ? "-" : "") + c.DECIMAL().getText()), at);
        }
        if (ctx instanceof InvarParser.StringLiteralContext c) {
            return new Literal.StringLiteral(string(c.STRING().getSymbol()), at);
        }
        if (ctx instanceof InvarParser.TrueLiteralContext) {
            return new Literal.BoolLiteral(true, at);
        }
        if (ctx instanceof InvarParser.FalseLiteralContext) {
            return new Literal.BoolLiteral(false, at);
        }
        InvarParser.ListLiteralContext list = (InvarParser.ListLiteralContext) ctx;
        return new Literal.ListLiteral(list.literal().stream().map(this::literal).toList(), at);
    }

    /** The value of a string token: quotes removed, escapes \" \\ \n \r \t resolved. */
    private String string(Token token) {
        String text = token.getText();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case '"', '\\' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                default -> diagnostics.add(Diagnostic.error("syntax", source, token.getLine(),
                        token.getCharPositionInLine() + i, "unknown escape '\\" + e
                                + "' in a string: the escapes are \\\" \\\\ \\n \\r and \\t; write '\\\\" + e
                                + "' for a backslash followed by '" + e + "'"));
            }
        }
        return out.toString();
    }

    private void error(Token at, String message) {
        diagnostics.add(Diagnostic.error("syntax", source, at.getLine(), at.getCharPositionInLine() + 1, message));
    }

    private static Position position(ParserRuleContext ctx) {
        return position(ctx.getStart());
    }

    private static Position position(Token token) {
        return new Position(token.getLine(), token.getCharPositionInLine() + 1);
    }
}
