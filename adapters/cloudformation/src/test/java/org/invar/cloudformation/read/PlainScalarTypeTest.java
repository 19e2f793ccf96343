package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The type of a plain YAML scalar is the YAML 1.2 core schema's, as its patterns say: the check
 * of the first character that skips the patterns for most texts never changes the answer.
 */
class PlainScalarTypeTest {
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");
    /** Pieces that make numbers, nulls, booleans and near misses when strung together. */
    private static final String[] PIECES = {"0", "7", "9", "x", "o", "e", "E", "-", "+", ".", "inf", "nan", "NaN",
        "null", "Null", "true", "False", "~", "a", "F", "n", "t", " ", "1e5", "0x1F", "AWS::S3"};

    private static Node.ScalarType byPatterns(String text) {
        if (NULL.matcher(text).matches()) {
            return Node.ScalarType.NULL;
        }
        if (BOOL.matcher(text).matches()) {
            return Node.ScalarType.BOOL;
        }
        return NUMBER.matcher(text).matches() ? Node.ScalarType.NUMBER : Node.ScalarType.STRING;
    }

    @Test
    void agreesWithTheCoreSchemaPatterns() {
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 4))
                .checkAssert(picks -> {
                    String text = picks.stream().map(i -> PIECES[i]).collect(Collectors.joining());
                    assertEquals(byPatterns(text), YamlTreeReader.plainType(text), "'" + text + "'");
                });
    }

    @Test
    void namedCases() {
        for (String s : new String[] {"", "~", "null", "NULL", "nul", "true", "TRUE", "tRUE", "False", "f", "0", "-1",
            "+.5", ".5", "1.", "1e3", "1E+3", "0o17", "0x1f", "0xG", ".inf", "-.Inf", ".nan", "-.nan", "10.0.0.0/16",
            "Type", "AWS::S3::Bucket", "-", "+", "."}) {
            assertEquals(byPatterns(s), YamlTreeReader.plainType(s), "'" + s + "'");
        }
    }
}
