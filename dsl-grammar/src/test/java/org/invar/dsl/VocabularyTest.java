package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Precedence;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.internal.InvarLexer;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void reservedWordsAreTheLexersWordsThatCannotBeNames() {
        assertEquals(Set.of("import", "param", "rule", "assert", "every", "no", "some", "at", "least", "most",
                "exactly", "as", "with", "where", "has", "and", "or", "not", "in", "contains", "matches", "is",
                "true", "false"), Printer.RESERVED);
        assertEquals(Set.of(InvarLexer.SEVERITY, InvarLexer.TITLE, InvarLexer.MESSAGE, InvarLexer.DOCS,
                InvarLexer.TAGS, InvarLexer.UNSUPPRESSIBLE, InvarLexer.DISTINCT), Vocabulary.softKeywordTokens());
    }

    @Test
    void everyOperatorOfTheAstIsParsedBackAsItself() {
        for (Comparison.Operator op : Comparison.Operator.values()) {
            Comparison c = (Comparison) claim("every az has a " + op.symbol() + " b");
            assertEquals(op, c.operator());
        }
        for (Arithmetic.Operator op : Arithmetic.Operator.values()) {
            Comparison c = (Comparison) claim("every az has a " + op.symbol() + " b == 1");
            assertEquals(op, ((Arithmetic) c.left()).operator());
        }
        for (Logical.Operator op : Logical.Operator.values()) {
            Logical l = (Logical) claim("every az has a " + op.word() + " b");
            assertEquals(op, l.operator());
        }
    }

    @Test
    void eachBinaryOperatorsLastTokenCarriesItsPrecedence() {
        assertEquals(Precedence.COMPARE, Vocabulary.binaryOperator(InvarLexer.IN).orElseThrow());
        assertEquals(Precedence.COMPARE, Vocabulary.binaryOperator(InvarLexer.MATCHES).orElseThrow());
        assertEquals(Precedence.ADD, Vocabulary.binaryOperator(InvarLexer.MINUS).orElseThrow());
        assertEquals(Precedence.MULTIPLY, Vocabulary.binaryOperator(InvarLexer.SLASH).orElseThrow());
        assertEquals(Precedence.OR, Vocabulary.binaryOperator(InvarLexer.OR).orElseThrow());
        assertTrue(Vocabulary.binaryOperator(InvarLexer.NOT).isEmpty(), "'not' alone is unary");
        assertTrue(Vocabulary.isOperator(InvarLexer.NOT));
    }

    private static Object claim(String text) {
        Rule rule = (Rule) RuleParser.parse("t.invar", text).fileOrThrow().declarations().get(0);
        Quantified q = rule.assertion();
        return q.claim().orElseThrow();
    }
}
