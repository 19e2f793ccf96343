package org.invar.check;

import java.util.ArrayList;
import java.util.List;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.ExpressionResult;
import org.invar.dsl.QuotedText;
import org.invar.dsl.RuleParser;
import org.invar.dsl.Source;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.Rule;
import org.invar.schema.Schema;

/**
 * Splits a rule's message into text and {expression} placeholders ({{ and }} stand for braces),
 * and checks each placeholder in the scope of the rule's entity. Every mistake is reported where
 * it stands inside the message string, with the caret under it, and none stops the search for
 * the others.
 */
final class MessageChecker {
    private final Schema schema;
    private final Source source;
    private final Rule rule;
    private final List<Diagnostic> diagnostics;
    private boolean failed;

    MessageChecker(Schema schema, Source source, Rule rule, List<Diagnostic> diagnostics) {
        this.schema = schema;
        this.source = source;
        this.rule = rule;
        this.diagnostics = diagnostics;
    }

    /**
     * The message's parts. Placeholders are parsed whatever {@code kind} is, and checked against
     * it when it is known ({@code kind >= 0}); what they resolve to is adopted by {@code checker}.
     */
    List<CheckedRule.MessagePart> check(int kind, ExprChecker checker) {
        if (rule.message().isEmpty()) {
            return List.of();
        }
        String text = rule.message().get();
        List<CheckedRule.MessagePart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
                continue;
            }
            if (c == '}') {
                error("message", i, "a lone '}' in the message: write '}}' for a brace");
                i++;
                continue;
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = text.indexOf('}', i);
            if (close < 0) {
                error("message", i, "the placeholder '" + text.substring(i) + "' has no closing '}': close it,"
                        + " or write '{{' for a brace");
                break;
            }
            Expr expr = placeholder(text.substring(i + 1, close), i + 1, kind, checker);
            if (expr != null) {
                if (literal.length() > 0) {
                    parts.add(new CheckedRule.MessagePart(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new CheckedRule.MessagePart(null, expr));
            }
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(new CheckedRule.MessagePart(literal.toString(), null));
        }
        return failed ? List.of() : List.copyOf(parts);
    }

    /** The placeholder's expression, checked; null when it has a mistake, which is reported. */
    private Expr placeholder(String placeholder, int start, int kind, ExprChecker checker) {
        String shown = "in the placeholder {" + placeholder + "}: ";
        if (placeholder.isBlank()) {
            error("message", start - 1, "the placeholder {" + placeholder + "} is empty: put an expression between"
                    + " the braces, or write '{{' and '}}' for braces");
            return null;
        }
        ExpressionResult parsed = RuleParser.parseExpression(new Source(source.name(), placeholder));
        if (!parsed.ok()) {
            for (Diagnostic d : parsed.diagnostics()) {
                error(d.code(), start + offset(placeholder, d), shown
                        + d.message().replace("the end of the file", "the end of the placeholder"));
            }
            return null;
        }
        Expr expr = parsed.expr().get();
        if (kind < 0) {
            return expr;
        }
        List<Diagnostic> errors = new ArrayList<>();
        ExprChecker scoped = new ExprChecker(schema, source, checker.paramsView(), checker.unreadableParams(), errors);
        scoped.checkInScope(kind, expr);
        for (Diagnostic d : errors) {
            error(d.code(), start + offset(placeholder, d), shown + d.message());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        checker.adopt(scoped);
        return expr;
    }

    /** Where a diagnostic of the placeholder's own text stands in it, as an index of that text. */
    private static int offset(String placeholder, Diagnostic d) {
        if (d.line() <= 0) {
            return 0;
        }
        int lineStart = 0;
        for (int line = 1; line < d.line(); line++) {
            int next = placeholder.indexOf('\n', lineStart);
            if (next < 0) {
                return placeholder.length();
            }
            lineStart = next + 1;
        }
        int lineEnd = placeholder.indexOf('\n', lineStart);
        String text = placeholder.substring(lineStart, lineEnd < 0 ? placeholder.length() : lineEnd);
        int columns = Math.min(Math.max(d.column() - 1, 0), text.codePointCount(0, text.length()));
        return lineStart + text.offsetByCodePoints(0, columns);
    }

    private void error(String code, int index, String message) {
        failed = true;
        if (!rule.messagePosition().isKnown()) {
            // A rule built rather than parsed: name it, since its message has no place to point at.
            Position at = rule.position();
            String named = "rule " + rule.id() + ": " + message;
            diagnostics.add(Diagnostic.error(code, source, at.line(), at.column(), named));
            return;
        }
        Position at = QuotedText.position(source, rule.messagePosition(), index);
        diagnostics.add(Diagnostic.error(code, source, at.line(), at.column(), message));
    }
}
