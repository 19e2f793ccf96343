package org.invar.dsl;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Precedence;
import org.invar.dsl.internal.InvarLexer;
import org.invar.dsl.internal.InvarParser;

/**
 * The language's words and operators as the one table every phase that handles tokens reads: the
 * AST builder, the nesting limit, the syntax errors and the printer.
 *
 * <p>Nothing here is listed by hand. An operator is spelled once, by its AST enum constant
 * ({@link Comparison.Operator#symbol()}, ...); its tokens are the lexer's tokens of those literals.
 * A reserved word is a literal of the lexer that the grammar's {@code identifier} rule does not
 * accept; the rest ({@code severity}, {@code tags}, ...) are soft keywords, words only where they
 * stand. So a new operator is an enum constant, a lexer rule and a grammar alternative, and a new
 * keyword is a lexer rule.
 */
final class Vocabulary {
    private static final Map<String, Comparison.Operator> COMPARISONS = bySymbol(Comparison.Operator.values(),
            Comparison.Operator::symbol);
    private static final Map<Integer, Arithmetic.Operator> ARITHMETIC = byToken(Arithmetic.Operator.values(),
            Arithmetic.Operator::symbol);
    private static final Map<Integer, Logical.Operator> LOGICAL = byToken(Logical.Operator.values(),
            Logical.Operator::word);
    /** The precedence of the binary operator that each token ends ({@code in} ends {@code not in}). */
    private static final Map<Integer, Precedence> BINARY = binary();
    private static final IntervalSet IDENTIFIER_STARTS = InvarParser._ATN.nextTokens(
            InvarParser._ATN.ruleToStartState[InvarParser.RULE_identifier]);
    private static final Set<Integer> SOFT_KEYWORDS = softKeywords();
    private static final Set<String> RESERVED = reservedWords();

    private Vocabulary() {
    }

    /** The comparison that these tokens spell ({@code ==}, {@code not in}). */
    static Comparison.Operator comparison(List<Token> tokens) {
        String symbol = tokens.stream().map(Token::getText).collect(Collectors.joining(" "));
        return require(COMPARISONS.get(symbol), symbol);
    }

    static Arithmetic.Operator arithmetic(Token token) {
        return require(ARITHMETIC.get(token.getType()), token.getText());
    }

    static Logical.Operator logical(Token token) {
        return require(LOGICAL.get(token.getType()), token.getText());
    }

    /** The precedence of the binary operator this token ends, if it ends one. */
    static Optional<Precedence> binaryOperator(int tokenType) {
        return Optional.ofNullable(BINARY.get(tokenType));
    }

    /** A binary operator's token, or {@code not} or {@code is}: a word after which a value must come. */
    static boolean isOperator(int tokenType) {
        return BINARY.containsKey(tokenType) || tokenType == InvarLexer.NOT || tokenType == InvarLexer.IS;
    }

    /** Keywords that the grammar also takes as names of attributes and params. */
    static Set<Integer> softKeywordTokens() {
        return SOFT_KEYWORDS;
    }

    static boolean isSoftKeyword(int tokenType) {
        return SOFT_KEYWORDS.contains(tokenType);
    }

    /** Words that cannot be names: every word of the lexer that is not a soft keyword. */
    static Set<String> reserved() {
        return RESERVED;
    }

    private static <T> T require(T found, String spelled) {
        if (found == null) {
            // The grammar accepted a token that no AST operator spells: the table and the grammar disagree.
            throw new IllegalStateException("no operator of the AST is spelled '" + spelled + "'");
        }
        return found;
    }

    private static <E> Map<String, E> bySymbol(E[] operators, Function<E, String> symbol) {
        Map<String, E> map = new HashMap<>();
        for (E operator : operators) {
            map.put(symbol.apply(operator), operator);
        }
        return Map.copyOf(map);
    }

    private static <E> Map<Integer, E> byToken(E[] operators, Function<E, String> symbol) {
        Map<Integer, E> map = new HashMap<>();
        for (E operator : operators) {
            map.put(token(symbol.apply(operator)), operator);
        }
        return Map.copyOf(map);
    }

    private static Map<Integer, Precedence> binary() {
        Map<Integer, Precedence> map = new HashMap<>();
        for (Comparison.Operator o : Comparison.Operator.values()) {
            String[] words = o.symbol().split(" ");
            map.put(token(words[words.length - 1]), o.precedence());
        }
        ARITHMETIC.forEach((token, o) -> map.put(token, o.precedence()));
        LOGICAL.forEach((token, o) -> map.put(token, o.precedence()));
        return Map.copyOf(map);
    }

    /** The lexer's token whose literal is this text. */
    static int token(String literal) {
        String quoted = "'" + literal + "'";
        for (int type = 1; type <= InvarLexer.VOCABULARY.getMaxTokenType(); type++) {
            if (quoted.equals(InvarLexer.VOCABULARY.getLiteralName(type))) {
                return type;
            }
        }
        throw new IllegalStateException("the lexer has no token '" + literal + "'");
    }

    private static Set<Integer> softKeywords() {
        Set<Integer> soft = new LinkedHashSet<>();
        for (int type : IDENTIFIER_STARTS.toArray()) {
            if (type != InvarLexer.NAME) {
                soft.add(type);
            }
        }
        return Set.copyOf(soft);
    }

    private static Set<String> reservedWords() {
        Set<String> words = new LinkedHashSet<>();
        for (int type = 1; type <= InvarLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = InvarLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.matches("'[a-z]+'") && !SOFT_KEYWORDS.contains(type)) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return Set.copyOf(words);
    }
}
