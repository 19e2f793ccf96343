package org.invar.dsl.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.Source;

/**
 * ANTLR's own recovery, with messages a person reads: what was expected after which word, in
 * words ({@code expected an attribute after 'has'}), never a list of token names. Errors raised
 * while ANTLR is still recovering from the previous one are not reported, so one mistake gives
 * one message.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final Source source;
    private final List<Diagnostic> diagnostics;

    SyntaxErrorStrategy(Source source, List<Diagnostic> diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        IntervalSet expected = e instanceof FailedPredicateException ? new IntervalSet() : e.getExpectedTokens();
        if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
            expected = parser.getExpectedTokens();
        }
        report(parser, e.getOffendingToken(), expected, e.getCtx());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), parser.getContext());
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), parser.getContext());
    }

    private void report(Parser parser, Token offending, IntervalSet expected, RuleContext context) {
        diagnostics.add(Diagnostic.error("syntax", source, offending.getLine(),
                offending.getCharPositionInLine() + 1, message(parser, offending, expected, context)));
    }

    private static String message(Parser parser, Token offending, IntervalSet expected, RuleContext context) {
        if (offending.getType() == InvarLexer.UNTERMINATED_STRING) {
            return "unterminated string: close it with \" before the end of the line";
        }
        if (offending.getType() == InvarLexer.UNEXPECTED_CHAR) {
            return "unexpected character '" + offending.getText() + "'" + hint(offending.getText());
        }
        Token previous = previousToken(parser.getInputStream(), offending);
        String want = expectation(previous, expected, insideExpression(context));
        String after = previous == null ? "" : " after " + TokenWords.quote(previous);
        return "expected " + want + after + " but found " + TokenWords.describe(offending);
    }

    private static String hint(String character) {
        return switch (character) {
            case "&" -> " (write 'and')";
            case "|" -> " (write 'or')";
            case "!" -> " (write 'not', or '!=' to compare)";
            case "'" -> " (strings take double quotes)";
            case "=" -> " (compare with '==')";
            default -> "";
        };
    }

    /** What should have come, in words, judged by the word before it where that says enough. */
    private static String expectation(Token previous, IntervalSet expected, boolean nested) {
        if (previous != null) {
            switch (previous.getType()) {
                case InvarLexer.HAS:
                    return "an attribute or a condition";
                case InvarLexer.WITH:
                case InvarLexer.WHERE:
                    return "a condition, such as an attribute or relation";
                case InvarLexer.AND:
                case InvarLexer.OR:
                case InvarLexer.NOT:
                    if (expected.contains(InvarLexer.NAME)) {
                        return "a condition";
                    }
                    break;
                case InvarLexer.EVERY:
                case InvarLexer.NO:
                case InvarLexer.SOME:
                    return nested ? "a relation to quantify over" : "a kind (az, subnet, load_balancer, ...)";
                case InvarLexer.AT:
                    return "'least' or 'most'";
                case InvarLexer.LEAST:
                case InvarLexer.MOST:
                case InvarLexer.EXACTLY:
                    return "a whole number";
                case InvarLexer.AS:
                    return "a name for the binding";
                case InvarLexer.RULE:
                    return "a rule id (letters, digits, - _ .)";
                case InvarLexer.IS:
                    return "'set' or 'missing'";
                case InvarLexer.SEVERITY:
                    return "a severity: critical, high, medium, low or info";
                case InvarLexer.TITLE:
                case InvarLexer.MESSAGE:
                case InvarLexer.DOCS:
                case InvarLexer.IMPORT:
                    return "a string in double quotes";
                case InvarLexer.PARAM:
                    return "a param name";
                case InvarLexer.ASSERT:
                    return "an invariant (every, no, some, at least, at most, exactly)";
                case InvarLexer.EQ:
                case InvarLexer.NE:
                case InvarLexer.LT:
                case InvarLexer.LE:
                case InvarLexer.GT:
                case InvarLexer.GE:
                case InvarLexer.IN:
                case InvarLexer.CONTAINS:
                case InvarLexer.MATCHES:
                case InvarLexer.PLUS:
                case InvarLexer.MINUS:
                case InvarLexer.STAR:
                case InvarLexer.SLASH:
                    return "a value";
                case InvarLexer.DOT:
                    return "an attribute or relation name";
                case InvarLexer.ASSIGN:
                    return "a literal value";
                default:
                    break;
            }
        }
        return TokenWords.alternatives(expected);
    }

    private static boolean insideExpression(RuleContext context) {
        for (RuleContext c = context; c != null; c = c.parent) {
            if (c instanceof InvarParser.ExprContext || c instanceof InvarParser.AggregateContext) {
                return true;
            }
        }
        return false;
    }

    private static Token previousToken(TokenStream tokens, Token offending) {
        for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    /** Token sets as words: expression starts fold into "an expression", names into "a name". */
    static final class TokenWords {
        private static final Set<Integer> SOFT_KEYWORDS = Set.of(InvarLexer.SEVERITY, InvarLexer.TITLE,
                InvarLexer.MESSAGE, InvarLexer.DOCS, InvarLexer.TAGS, InvarLexer.UNSUPPRESSIBLE,
                InvarLexer.DISTINCT);
        private static final Set<Integer> DECLARATION_STARTS = Set.of(InvarLexer.RULE, InvarLexer.PARAM,
                InvarLexer.IMPORT, InvarLexer.EVERY);

        private TokenWords() {
        }

        static String alternatives(IntervalSet expected) {
            Set<String> words = new LinkedHashSet<>();
            List<Integer> types = expected.toList();
            if (types.containsAll(DECLARATION_STARTS)) {
                words.add("a rule, a param, an import or an invariant");
            }
            boolean expression = types.contains(InvarLexer.NAME) && types.contains(InvarLexer.INT)
                    && types.contains(InvarLexer.LPAREN);
            if (expression) {
                words.add("an expression");
            }
            for (int type : types) {
                if (expression && startsExpression(type)) {
                    continue;
                }
                if (DECLARATION_STARTS.contains(type) && words.contains("a rule, a param, an import or an invariant")) {
                    continue;
                }
                if (types.contains(InvarLexer.NAME) && SOFT_KEYWORDS.contains(type)) {
                    continue;
                }
                if (type == InvarLexer.SOME || type == InvarLexer.NO || type == InvarLexer.AT
                        || type == InvarLexer.EXACTLY) {
                    if (types.contains(InvarLexer.EVERY)) {
                        continue;
                    }
                }
                words.add(word(type));
            }
            List<String> list = new ArrayList<>(words);
            if (list.isEmpty()) {
                return "something else";
            }
            if (list.size() > 6) {
                list = new ArrayList<>(list.subList(0, 5));
                list.add("...");
            }
            if (list.size() == 1) {
                return list.get(0);
            }
            return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
        }

        private static boolean startsExpression(int type) {
            return switch (type) {
                case InvarLexer.NAME, InvarLexer.INT, InvarLexer.DECIMAL, InvarLexer.STRING, InvarLexer.TRUE,
                        InvarLexer.FALSE, InvarLexer.LPAREN, InvarLexer.LBRACK, InvarLexer.MINUS, InvarLexer.NOT,
                        InvarLexer.EVERY, InvarLexer.NO, InvarLexer.SOME, InvarLexer.AT, InvarLexer.EXACTLY -> true;
                default -> SOFT_KEYWORDS.contains(type);
            };
        }

        static String word(int type) {
            return switch (type) {
                case Token.EOF -> "the end of the file";
                case InvarLexer.NAME -> "a name";
                case InvarLexer.INT -> "a whole number";
                case InvarLexer.DECIMAL -> "a number";
                case InvarLexer.STRING -> "a string";
                case InvarLexer.RULE_ID -> "a rule id";
                case InvarLexer.EVERY -> "a quantifier (every, no, some, at least, at most, exactly)";
                default -> {
                    String literal = InvarLexer.VOCABULARY.getLiteralName(type);
                    yield literal != null ? literal : InvarLexer.VOCABULARY.getDisplayName(type);
                }
            };
        }

        static String quote(Token token) {
            return "'" + token.getText() + "'";
        }

        static String describe(Token token) {
            return switch (token.getType()) {
                case Token.EOF -> "the end of the file";
                case InvarLexer.STRING -> "the string " + token.getText();
                default -> quote(token);
            };
        }
    }
}
