package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.dsl.internal.InvarLexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * No text makes the parser throw: random text heavy in the language's words and punctuation, and
 * the design examples with tokens and characters deleted, duplicated, swapped or inserted, all
 * give either an AST or errors a person can read.
 */
class RobustnessPropertyTest {
    private static final String[] PIECES = {
            "every", "no", "some", "at", "least", "most", "exactly", "as", "with", "where", "has", "and", "or",
            "not", "in", "contains", "matches", "is", "set", "missing", "true", "false", "rule", "param", "import",
            "assert", "severity", "title", "message", "docs", "tags", "unsuppressible", "distinct", "count", "sum",
            "high", "critical", "az", "subnet", "x", "a.b", "r-1.x", "0", "1", "42", "99999999999999999999", "1.5",
            "-", "+", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=", "(", ")", "[", "]", "{", "}", ",", ".",
            "\"s\"", "\"a\\\"b\"", "\"\\q\"", "\"open", "'single'", "#c\n", "// c\n", "&", "|", "!", ";", "@", "\\",
            "\t", "\n", "\r\n", " ", " ", " ", "é", "\uD83D\uDE00", "\u0000"};
    /** ANTLR's own phrasing, which must never reach a user. */
    private static final List<String> JARGON = List.of("mismatched input", "extraneous input", "no viable alternative",
            "missing {", "token recognition error", "<EOF>", "expecting", "rule context", "Exception");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TOKEN_NAMES = tokenNames();

    private static String design;
    private static List<String> designPieces;

    @BeforeAll
    static void load() throws IOException {
        design = DesignExamplesTest.designExamples();
        designPieces = new ArrayList<>();
        Matcher m = Pattern.compile("\\s+|\"[^\"\\n]*\"|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)?|==|!=|<=|>=|.")
                .matcher(design);
        while (m.find()) {
            designPieces.add(m.group());
        }
        assertEquals(design, String.join("", designPieces));
    }

    @Test
    void randomTextNeverThrows() {
        qt().withExamples(1500).forAll(randomText()).checkAssert(RobustnessPropertyTest::wellBehaved);
    }

    @Test
    void mangledDesignExamplesNeverThrow() {
        qt().withExamples(1000).forAll(mangledDesign()).checkAssert(RobustnessPropertyTest::wellBehaved);
    }

    @Test
    void theCheckCatchesWhatItIsMeantTo() {
        // The check must be able to fail: ANTLR's phrasing and token names are caught, quoted user text is not.
        assertTrue(hasJargon("mismatched input 'x' expecting NAME"));
        assertTrue(hasJargon("expected NAME after 'has'"));
        assertTrue(hasJargon("expected RULE_ID but found <EOF>"));
        assertFalse(hasJargon("expected a name after 'has' but found 'NAME'"));
        assertFalse(hasJargon("unknown function 'INT': use count, sum, min, max or avg"));
    }

    private static void wellBehaved(String text) {
        ParseResult result;
        try {
            result = RuleParser.parse("fuzz.invar", text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the parser threw on:\n" + text, e);
        }
        Source source = new Source("fuzz.invar", text);
        if (result.ok()) {
            assertTrue(result.file().isPresent(), "an ok parse has its file");
            return;
        }
        assertTrue(result.file().isEmpty(), "a failed parse has no file");
        assertTrue(result.diagnostics().stream().anyMatch(Diagnostic::isError), "a failed parse has an error");
        for (Diagnostic d : result.diagnostics()) {
            String where = d.format() + "\n--- in ---\n" + text;
            assertTrue(d.line() >= 0, where);
            assertFalse(d.message().isBlank(), where);
            assertEquals("fuzz.invar", d.file(), where);
            if (d.line() > 0) {
                assertTrue(d.column() >= 1, where);
                assertEquals(source.line(d.line()), d.sourceLine(), where);
            }
            if (hasJargon(d.message())) {
                fail("ANTLR jargon in a message: " + where);
            }
            String expectation = expectedPart(d.message());
            long quotedTokens = QUOTED.matcher(expectation).results().count();
            assertTrue(quotedTokens <= 3, "a message lists tokens rather than saying what was expected: " + where);
            assertFalse(expectation.contains("..., ") || expectation.endsWith("or ..."), where);
            assertFalse(d.message().contains("something else"), where);
            d.format(); // formatting never throws either
        }
    }

    private static boolean hasJargon(String message) {
        if (JARGON.stream().anyMatch(message::contains)) {
            return true;
        }
        // Token type names (NAME, RULE_ID, ...) outside quoted user text.
        return TOKEN_NAMES.matcher(QUOTED.matcher(message).replaceAll("")).find();
    }

    /** The words between "expected" and "after"/"but found", where a list of tokens would show. */
    private static String expectedPart(String message) {
        int start = message.indexOf("expected ");
        if (start < 0) {
            return "";
        }
        String rest = message.substring(start);
        int end = rest.indexOf(" after ");
        int found = rest.indexOf(" but found ");
        if (end < 0 || (found >= 0 && found < end)) {
            end = found;
        }
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static Pattern tokenNames() {
        List<String> names = new ArrayList<>();
        for (int type = 1; type <= InvarLexer.VOCABULARY.getMaxTokenType(); type++) {
            String name = InvarLexer.VOCABULARY.getSymbolicName(type);
            // Two-letter names (IN, OR, AT, ...) could be a rule id a message repeats; the rest cannot.
            if (name != null && name.length() > 2) {
                names.add(Pattern.quote(name));
            }
        }
        return Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    private static Gen<String> randomText() {
        Gen<String> gen = in -> {
            StringBuilder text = new StringBuilder();
            int pieces = between(in, 0, 60);
            for (int i = 0; i < pieces; i++) {
                int choice = between(in, 0, 9);
                if (choice < 7) {
                    text.append(PIECES[between(in, 0, PIECES.length - 1)]);
                } else if (choice < 9) {
                    text.append(' ');
                } else {
                    text.append((char) between(in, 0, 0x7F));
                }
            }
            return text.toString();
        };
        return gen.describedAs(RobustnessPropertyTest::show);
    }

    /** The design examples with one to four pieces (tokens, blanks) or characters changed. */
    private static Gen<String> mangledDesign() {
        Gen<String> gen = in -> {
            List<String> pieces = new ArrayList<>(designPieces);
            int edits = between(in, 1, 4);
            for (int e = 0; e < edits && !pieces.isEmpty(); e++) {
                int at = between(in, 0, pieces.size() - 1);
                switch (between(in, 0, 5)) {
                    case 0 -> pieces.remove(at);
                    case 1 -> pieces.add(at, pieces.get(at));
                    case 2 -> {
                        int other = between(in, 0, pieces.size() - 1);
                        String swapped = pieces.get(at);
                        pieces.set(at, pieces.get(other));
                        pieces.set(other, swapped);
                    }
                    case 3 -> pieces.add(at, PIECES[between(in, 0, PIECES.length - 1)]);
                    case 4 -> {
                        String piece = pieces.get(at);
                        if (!piece.isEmpty()) {
                            int cut = between(in, 0, piece.length() - 1);
                            pieces.set(at, piece.substring(0, cut) + piece.substring(cut + 1));
                        }
                    }
                    default -> {
                        String piece = pieces.get(at);
                        int cut = between(in, 0, piece.length());
                        char c = " \n\"'(){}[].,=-#&!".charAt(between(in, 0, 16));
                        pieces.set(at, piece.substring(0, cut) + c + piece.substring(cut));
                    }
                }
            }
            return String.join("", pieces);
        };
        return gen.describedAs(RobustnessPropertyTest::show);
    }

    private static String show(String text) {
        return "\n--- text ---\n" + text + "\n--- escaped ---\n" + text.replace("\\", "\\\\").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\r", "\\r");
    }
}
