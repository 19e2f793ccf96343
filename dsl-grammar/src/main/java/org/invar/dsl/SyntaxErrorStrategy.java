package org.invar.dsl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.invar.dsl.internal.InvarLexer;
import org.invar.dsl.internal.InvarParser;

/**
 * ANTLR's own recovery, with messages a person reads: what was expected after which word, in
 * words ({@code expected an attribute after 'has'}), never a list of token names. Errors raised
 * while ANTLR is still recovering from the previous one are not reported, so one mistake gives
 * one message.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final Source source;
    private final List<Diagnostic> diagnostics;
    /** The declaration of the last reported error; later errors in it follow from that one. */
    private ParserRuleContext failed;

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
        if (cascade(parser)) {
            return;
        }
        IntervalSet expected = e instanceof FailedPredicateException ? new IntervalSet() : e.getExpectedTokens();
        if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
            expected = parser.getExpectedTokens();
        }
        // When prediction fails some tokens into a decision, the expected tokens are those at its
        // start, not at the offending token; then the word before the offending token says more.
        boolean exact = !(e instanceof NoViableAltException n) || n.getStartToken() == n.getOffendingToken();
        report(parser, e.getOffendingToken(), expected, e.getCtx(), exact);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        if (cascade(parser)) {
            return;
        }
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), parser.getContext(), true);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        if (cascade(parser)) {
            return;
        }
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), parser.getContext(), true);
    }

    /**
     * ANTLR's recovery resumes inside the declaration that failed (or just after it), where the
     * rest of the broken text usually fails again: {@code at least x az} reports the missing
     * count and then, needlessly, 'az'. One mistake gives one message, so only the first error
     * of a declaration is reported, and a stray token between declarations only when the
     * declaration before it was well formed. A rule's settings are each a unit of their own: a
     * broken title and broken tags are two mistakes, and recovery ends each at the next setting.
     * Recovery may also resume at a quantifier in the middle of a line ({@code rule 1abc { assert
     * every az has x }} resumes at 'every'); a declaration that does not begin its line is taken
     * as part of the broken one.
     */
    private boolean cascade(Parser parser) {
        ParserRuleContext at = unitOf(parser.getContext());
        if (at != null && at == failed) {
            return true;
        }
        boolean resumed = failed != null && at != null && !beginsLine(parser.getInputStream(), at.getStart());
        failed = at;
        return resumed;
    }

    /**
     * Among a rule's settings, ANTLR skips a word that is not one (a misspelled {@code severty
     * high}) and reads on, but before the first setting it gives up on the whole rule: skip it
     * there too, so that a bad first setting hides no more than a bad later one. And where it
     * skips, it skips past the rule's '}' when the rule has no 'assert', taking the next
     * declaration for the rule's invariant: stop at the '}'.
     */
    @Override
    public void sync(Parser parser) throws RecognitionException {
        ATNState state = parser.getInterpreter().atn.states.get(parser.getState());
        // The only loop of a rule declaration is the one over its settings.
        boolean settingsLoop = parser.getContext() instanceof InvarParser.RuleDeclContext
                && (state.getStateType() == ATNState.STAR_LOOP_ENTRY
                        || state.getStateType() == ATNState.STAR_LOOP_BACK);
        if (settingsLoop && !inErrorRecoveryMode(parser)) {
            IntervalSet next = parser.getATN().nextTokens(state);
            int la = parser.getInputStream().LA(1);
            if (!next.contains(la) && !next.contains(Token.EPSILON)) {
                reportUnwantedToken(parser);
                // Not past the rule's '}': what follows it is the next declaration, to be read as one.
                IntervalSet stop = parser.getExpectedTokens().or(getErrorRecoverySet(parser));
                stop.add(InvarLexer.RBRACE);
                consumeUntil(parser, stop);
                return;
            }
        }
        super.sync(parser);
    }

    private static boolean beginsLine(TokenStream tokens, Token token) {
        Token previous = previousToken(tokens, token);
        return previous == null || previous.getLine() < token.getLine();
    }

    /** The setting or declaration that holds {@code context}, or at the top level the last declaration begun. */
    private static ParserRuleContext unitOf(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof InvarParser.MetaContext || c instanceof InvarParser.DeclarationContext) {
                return c;
            }
            if (c instanceof InvarParser.FileContext file) {
                List<InvarParser.DeclarationContext> begun = file.declaration();
                return begun.isEmpty() ? null : begun.get(begun.size() - 1);
            }
        }
        return null;
    }

    private void report(Parser parser, Token offending, IntervalSet expected, RuleContext context, boolean exact) {
        diagnostics.add(Diagnostic.error("syntax", source, offending.getLine(),
                offending.getCharPositionInLine() + 1, message(parser, offending, expected, context, exact)));
    }

    private String message(Parser parser, Token offending, IntervalSet expected, RuleContext context,
                           boolean exact) {
        if (offending.getType() == InvarLexer.UNTERMINATED_STRING) {
            return "unterminated string: close it with \" before the end of the line";
        }
        Token previous = previousToken(parser.getInputStream(), offending);
        if (offending.getType() == InvarLexer.UNEXPECTED_CHAR) {
            if (previous != null && previous.getType() == InvarLexer.RULE) {
                // The lexer reads the id after 'rule' in a mode of its own; what it could not read lands here.
                return "expected " + RULE_ID_WORDS + " after 'rule' but found " + TokenWords.describe(offending);
            }
            if (offending.getText().equals("'")) {
                return singleQuote(offending);
            }
            return "unexpected character " + shown(offending.getText()) + hint(offending.getText());
        }
        String after = previous == null ? "" : " after " + TokenWords.describe(previous);
        if (exact && expected.contains(Token.EOF) && !expected.contains(offending.getType())) {
            // Between declarations: the one before ended, and this token cannot start the next.
            switch (offending.getType()) {
                case InvarLexer.RPAREN:
                    return "unmatched ')'" + after + ": there is no '(' for it to close";
                case InvarLexer.RBRACK:
                    return "unmatched ']'" + after + ": there is no '[' for it to close";
                case InvarLexer.RBRACE:
                    return "unmatched '}'" + after + ": there is no rule block for it to close";
                case InvarLexer.ASSIGN:
                    return "unexpected '='" + after + ": compare with '==' ('=' only gives a param its value)";
                default:
                    break;
            }
        }
        if (offending.getType() == InvarLexer.ASSIGN && insideExpression(context)
                && !expected.contains(InvarLexer.ASSIGN)) {
            return "unexpected '='" + after + ": compare with '==' ('=' only gives a param its value)";
        }
        String want;
        if (inTags(context) && expected.contains(InvarLexer.STRING)) {
            want = "a tag (a name or a string)";
        } else if (context instanceof InvarParser.AggregateContext && previous != null
                && (previous.getType() == InvarLexer.LPAREN || previous.getType() == InvarLexer.DISTINCT)) {
            want = "what to aggregate (a relation or attribute, such as subnet.az)";
        } else if (context instanceof InvarParser.RuleDeclContext rule && rule.RULE_ID() != null
                && expected.contains(InvarLexer.RBRACE) && expected.size() == 1) {
            want = "'}' to end rule " + rule.RULE_ID().getText();
        } else {
            Token beforePrevious = previous == null ? null : previousToken(parser.getInputStream(), previous);
            want = expectation(previous, beforePrevious, exact ? expected : null, insideExpression(context));
        }
        if (want == null) {
            return "unexpected " + TokenWords.describe(offending).replaceFirst("^(the|a) ", "") + after;
        }
        return "expected " + want + after + " but found " + TokenWords.describe(offending);
    }

    /** {@code 'x'}: the usual slip from another language; show the string as it should be written. */
    private String singleQuote(Token quote) {
        String line = source.line(quote.getLine());
        // ANTLR counts columns in code points, String indexes in UTF-16 units.
        int column = quote.getCharPositionInLine();
        int open = column <= line.codePointCount(0, line.length()) ? line.offsetByCodePoints(0, column) : -1;
        int close = open >= 0 && open < line.length() && line.charAt(open) == '\'' ? line.indexOf('\'', open + 1) : -1;
        if (close < 0) {
            return "unexpected single quote: strings take double quotes, as in \"text\"";
        }
        String text = line.substring(open + 1, close).replace("\\", "\\\\").replace("\"", "\\\"");
        return "strings take double quotes: write \"" + text + "\" instead of '" + line.substring(open + 1, close)
                + "'";
    }

    /** The character in quotes, or by its code point when it cannot be seen (a control character, a no-break space). */
    private static String shown(String character) {
        int c = character.codePointAt(0);
        boolean visible = !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.isDefined(c);
        return visible ? "'" + character + "'" : String.format("U+%04X", c);
    }

    private static String hint(String character) {
        return switch (character) {
            case "&" -> " (write 'and')";
            case "|" -> " (write 'or')";
            case "!" -> " (write 'not', or '!=' to compare)";
            case ";" -> " (rules need no ';': end the line instead)";
            default -> Character.isSpaceChar(character.codePointAt(0))
                    || Character.getType(character.codePointAt(0)) == Character.FORMAT
                    ? " (an invisible character, often pasted with text: write a plain space or nothing)" : "";
        };
    }

    /**
     * What should have come, in words, judged by the word before it where that says enough. The
     * word is only trusted when the parser wanted what it announces: a soft keyword such as
     * 'title' may have been read as a name, and then what follows it is not a string.
     */
    private static String expectation(Token previous, Token beforePrevious, IntervalSet expected, boolean nested) {
        if (previous == null) {
            return expected == null || TokenWords.alternatives(expected).isEmpty() ? null
                    : TokenWords.alternatives(expected);
        }
        String phrase = null;
        int witness = InvarLexer.NAME;
        switch (previous.getType()) {
            case InvarLexer.HAS -> phrase = "an attribute or a condition";
            case InvarLexer.WITH, InvarLexer.WHERE -> phrase = "a condition (a relation, an attribute or a comparison)";
            case InvarLexer.AND, InvarLexer.OR, InvarLexer.NOT -> phrase = "a condition";
            case InvarLexer.EVERY, InvarLexer.NO, InvarLexer.SOME -> phrase = range(nested);
            case InvarLexer.INT -> {
                if (beforePrevious != null && (beforePrevious.getType() == InvarLexer.LEAST
                        || beforePrevious.getType() == InvarLexer.MOST || beforePrevious.getType() == InvarLexer.EXACTLY)) {
                    phrase = range(nested);
                }
            }
            case InvarLexer.AT -> {
                phrase = "'least' or 'most'";
                witness = InvarLexer.LEAST;
            }
            case InvarLexer.LEAST, InvarLexer.MOST, InvarLexer.EXACTLY -> {
                phrase = "a whole number";
                witness = InvarLexer.INT;
            }
            case InvarLexer.AS -> phrase = "a name for the binding";
            case InvarLexer.RULE -> {
                phrase = RULE_ID_WORDS;
                witness = InvarLexer.RULE_ID;
            }
            case InvarLexer.IS -> phrase = "'set' or 'missing'";
            case InvarLexer.SEVERITY -> phrase = "a severity (critical, high, medium, low or info)";
            case InvarLexer.TITLE, InvarLexer.MESSAGE, InvarLexer.DOCS, InvarLexer.IMPORT -> {
                phrase = "a string in double quotes";
                witness = InvarLexer.STRING;
            }
            case InvarLexer.PARAM -> phrase = "a param name";
            case InvarLexer.ASSERT -> {
                phrase = "an invariant (every, no, some, at least, at most, exactly)";
                witness = InvarLexer.EVERY;
            }
            case InvarLexer.MINUS -> {
                // After an operand '-' subtracts and any value may follow; elsewhere it is a number's sign.
                boolean subtracts = beforePrevious != null && AntlrFrontEnd.endsOperand(beforePrevious.getType());
                if (subtracts) {
                    phrase = "a value";
                } else {
                    // A '-' that can only start a negative literal: `-x` is not a value.
                    phrase = "a number (only a number takes a leading '-'; write 0 - x to negate a value)";
                    witness = InvarLexer.INT;
                }
            }
            case InvarLexer.DOT -> phrase = "an attribute or relation name";
            case InvarLexer.ASSIGN -> {
                phrase = "a literal value (a number, a string, true, false or a list)";
                witness = InvarLexer.INT;
            }
            default -> {
                // After a comparison or arithmetic operator ('and', 'or' and '-' are above).
                if (Vocabulary.binaryOperator(previous.getType()).isPresent()) {
                    phrase = "a value";
                }
            }
        }
        if (expected == null) {
            return phrase;
        }
        if (phrase != null && (expected.contains(witness) || expected.isNil())) {
            return phrase;
        }
        String alternatives = TokenWords.alternatives(expected);
        return alternatives.isEmpty() ? null : alternatives;
    }

    private static String range(boolean nested) {
        return nested ? "a relation to quantify over" : "a kind (az, subnet, load_balancer, ...)";
    }

    static final String RULE_ID_WORDS = "a rule id (a letter or _, then letters, digits, - _ or .)";

    private static boolean inTags(RuleContext context) {
        for (RuleContext c = context; c != null; c = c.parent) {
            if (c instanceof InvarParser.TagsMetaContext) {
                return true;
            }
        }
        return false;
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
        private static final Set<Integer> DECLARATION_STARTS = Set.of(InvarLexer.RULE, InvarLexer.PARAM,
                InvarLexer.IMPORT, InvarLexer.EVERY);
        private static final String DECLARATION_WORDS = "a rule, a param, an import or an invariant";
        private static final Set<Integer> QUANTIFIER_STARTS = Set.of(InvarLexer.EVERY, InvarLexer.NO,
                InvarLexer.SOME, InvarLexer.AT, InvarLexer.EXACTLY);
        private static final Set<Integer> LITERAL_STARTS = Set.of(InvarLexer.INT, InvarLexer.DECIMAL,
                InvarLexer.STRING, InvarLexer.TRUE, InvarLexer.FALSE, InvarLexer.LBRACK, InvarLexer.MINUS);

        private TokenWords() {
        }

        static String alternatives(IntervalSet expected) {
            Set<String> words = new LinkedHashSet<>();
            List<Integer> types = expected.toList();
            Set<Integer> told = new java.util.HashSet<>();
            if (types.containsAll(DECLARATION_STARTS)) {
                words.add(DECLARATION_WORDS);
                told.addAll(DECLARATION_STARTS);
                told.addAll(QUANTIFIER_STARTS);
                // Where a declaration may start, the file may also end; saying so helps nobody.
                told.add(Token.EOF);
            }
            if (types.contains(InvarLexer.ASSERT) && types.contains(InvarLexer.SEVERITY)) {
                words.add("'assert' or a setting (severity, title, message, docs, tags, unsuppressible)");
                told.add(InvarLexer.ASSERT);
                told.addAll(Vocabulary.softKeywordTokens());
            }
            boolean expression = types.contains(InvarLexer.NAME) && types.contains(InvarLexer.INT)
                    && types.contains(InvarLexer.LPAREN);
            if (expression) {
                words.add("an expression");
                types.stream().filter(TokenWords::startsExpression).forEach(told::add);
            }
            if (!types.contains(InvarLexer.NAME) && types.containsAll(LITERAL_STARTS)) {
                words.add("a literal (a number, a string, true, false or a list)");
                told.addAll(LITERAL_STARTS);
            }
            if (types.contains(InvarLexer.NAME)) {
                told.addAll(Vocabulary.softKeywordTokens());
            }
            if (types.contains(InvarLexer.EVERY)) {
                told.addAll(QUANTIFIER_STARTS);
            }
            List<Integer> operators = types.stream().filter(Vocabulary::isOperator).toList();
            if (operators.size() > 2) {
                words.add("an operator");
                told.addAll(operators);
            }
            for (int type : types) {
                if (!told.contains(type)) {
                    words.add(word(type));
                }
            }
            List<String> list = new ArrayList<>(words);
            if (list.isEmpty()) {
                return "";
            }
            if (list.size() > 1 && list.remove(DECLARATION_WORDS)) {
                // "an operator or 'has'" then the declarations, without a run of "or"s.
                String others = list.size() == 1 ? list.get(0)
                        : String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
                return others + ", or a new rule, param, import or invariant";
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
                default -> Vocabulary.isSoftKeyword(type);
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
                    // Every token the parser can expect is spelled in the grammar; the rest never comes here.
                    yield literal != null ? literal : "something else";
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
                case InvarLexer.UNEXPECTED_CHAR -> token.getText().equals("'") ? "a single quote" : quote(token);
                default -> quote(token);
            };
        }
    }
}
