package org.invar.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.dsl.Diagnostic;
import org.junit.jupiter.api.Test;

/** A mistake in a message's {placeholder} is shown where it stands inside the string. */
class MessagePlaceholderTest {

    private static List<Diagnostic> errors(String message) {
        String text = "rule r {\n  message \"" + message + "\"\n  assert every az with alb_node has healthy_targets >= 1\n}\n";
        CompileResult result = Invar.compiler().source("m.invar", text).compile();
        assertFalse(result.ok(), text);
        return result.diagnostics();
    }

    @Test
    void anUnknownNameIsShownUnderItsOwnCharacters() {
        Diagnostic d = errors("{helthy_targets} healthy targets").get(0);
        assertEquals("m.invar:2:13: error: in the placeholder {helthy_targets}: unknown attribute or relation"
                + " 'helthy_targets' on az (did you mean healthy_targets?)\n"
                + "    message \"{helthy_targets} healthy targets\"\n"
                + "              ^", d.format());
    }

    @Test
    void theCaretFindsAMistakeDeepInAPlaceholder() {
        Diagnostic d = errors("{name}: {count(distinct subnet.zone)} zones").get(0);
        assertEquals(2, d.line());
        assertEquals("  message \"{name}: {count(distinct subnet.".length() + 1, d.column(), d.format());
    }

    @Test
    void escapesBeforeAPlaceholderAreCountedAsWritten() {
        // \" is two characters of the line and one of the message.
        Diagnostic d = errors("say \\\"hi\\\" to {nam}").get(0);
        assertEquals("  message \"say \\\"hi\\\" to {".length() + 1, d.column(), d.format());
    }

    @Test
    void aPlaceholderThatDoesNotParseIsShownWhereItBreaks() {
        Diagnostic d = errors("{count(} zones").get(0);
        assertEquals("m.invar:2:19: error: in the placeholder {count(}: expected what to aggregate (a relation or"
                + " attribute, such as subnet.az) after '(' but found the end of the placeholder", d.headline());
    }

    @Test
    void anAmbiguousHasInAPlaceholderIsShownAtTheHas() {
        Diagnostic d = errors("{some subnet with some az has name == \\\"x\\\"}").get(0);
        assertEquals("ambiguous", d.code());
        assertEquals("  message \"{some subnet with some az ".length() + 1, d.column(), d.format());
        assertEquals("in the placeholder {some subnet with some az has name == \"x\"}: ambiguous 'has': write some"
                + " subnet with (some az) has name == \"x\" to state it of the subnet, or some subnet with (some az has"
                + " name == \"x\") to state it of the az", d.message());
    }

    @Test
    void anUnclosedBraceIsShownAtTheBrace() {
        assertEquals(List.of("m.invar:2:17: error: the placeholder '{name' has no closing '}': close it, or write"
                + " '{{' for a brace"), headlines(errors("zone {name")));
    }

    @Test
    void aLoneClosingBraceAndAnEmptyPlaceholderAreShownWhereTheyStand() {
        assertEquals(List.of("m.invar:2:14: error: a lone '}' in the message: write '}}' for a brace",
                "m.invar:2:16: error: the placeholder {} is empty: put an expression between the braces, or write"
                        + " '{{' and '}}' for braces"), headlines(errors("a } {} b")));
    }

    @Test
    void everyMistakeOfAMessageIsReported() {
        assertEquals(List.of(13, 23, 39), errors("{nam} and {zon} and {count(}").stream()
                .map(Diagnostic::column).toList());
    }

    @Test
    void bracesThatAreTextAreNotPlaceholders() {
        CompileResult ok = Invar.compiler().source("m.invar", "rule r {\n  message \"{{literal}} {name}\"\n"
                + "  assert every az has name is set\n}\n").compile();
        assertEquals("", ok.report());
    }

    @Test
    void aPlaceholderIsReadEvenWhenTheRuleRangesOverAnUnknownKind() {
        String text = "rule r {\n  message \"{count(}\"\n  assert every zone has name is set\n}\n";
        List<String> headlines = headlines(Invar.compiler().source("m.invar", text).compile().diagnostics());
        assertEquals(2, headlines.size(), headlines.toString());
        assertEquals("m.invar:2:19: error: in the placeholder {count(}: expected what to aggregate (a relation or"
                + " attribute, such as subnet.az) after '(' but found the end of the placeholder", headlines.get(0));
        assertEquals("m.invar:3:16: error: unknown kind 'zone'", headlines.get(1));
    }

    private static List<String> headlines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::headline).toList();
    }
}
