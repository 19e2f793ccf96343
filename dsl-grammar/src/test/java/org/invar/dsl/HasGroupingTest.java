package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Quantified;
import org.junit.jupiter.api.Test;

/**
 * A 'has' after a quantifier nested, without parentheses, in the 'with' of another quantifier
 * could state the claim of either: it is an error that shows each reading with its parentheses.
 */
class HasGroupingTest {
    private static final String SERVICE_IN_TWO_ZONES = "every ecs_service with some load_balancer with type =="
            + " \"application\" has count(distinct subnet.az) >= 2";

    @Test
    void aHasAfterAQuantifierInAWithShowsBothReadingsAtTheHas() {
        String text = "# a service behind an ALB, in two zones\n" + SERVICE_IN_TWO_ZONES + "\n";
        ParseResult result = RuleParser.parse("svc.invar", text);
        assertFalse(result.ok());
        assertEquals(1, result.diagnostics().size(), result.report());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("ambiguous", d.code());
        assertEquals(2, d.line());
        assertEquals(SERVICE_IN_TWO_ZONES.indexOf(" has ") + 2, d.column());
        assertEquals("svc.invar:2:70: error: ambiguous 'has': write every ecs_service with (some load_balancer with"
                + " type == \"application\") has count(distinct subnet.az) >= 2 to state it of the ecs_service, or"
                + " every ecs_service with (some load_balancer with type == \"application\" has count(distinct"
                + " subnet.az) >= 2) to state it of the load_balancer\n"
                + "  " + SERVICE_IN_TWO_ZONES + "\n"
                + "  " + " ".repeat(69) + "^", d.format());
        assertTrue(result.file().isEmpty());
        assertTrue(result.readable().declarations().isEmpty(), "an ambiguous rule is not checked under a guess");
    }

    @Test
    void eachReadingParsesToWhatItSays() {
        Quantified ofTheService = invariant("every ecs_service with (some load_balancer with type == \"application\")"
                + " has count(distinct subnet.az) >= 2");
        assertTrue(ofTheService.claim().isPresent(), "the claim is the service's");
        assertTrue(((Quantified) ofTheService.filter().orElseThrow()).claim().isEmpty());
        Quantified ofTheLoadBalancer = invariant("every ecs_service with (some load_balancer with type =="
                + " \"application\" has count(distinct subnet.az) >= 2)");
        assertTrue(ofTheLoadBalancer.claim().isEmpty());
        assertTrue(((Quantified) ofTheLoadBalancer.filter().orElseThrow()).claim().isPresent(),
                "the claim is the load balancer's");
        // Printed, each keeps its parentheses: 'invar rules' shows the two apart.
        assertEquals("every ecs_service with (some load_balancer with type == \"application\") has count(distinct"
                + " subnet.az) >= 2", Printer.print(ofTheService));
        assertEquals("every ecs_service with (some load_balancer with type == \"application\" has count(distinct"
                + " subnet.az) >= 2)", Printer.print(ofTheLoadBalancer));
    }

    @Test
    void theReadingsOfTheMessageAreValidRules() {
        for (String text : List.of(SERVICE_IN_TWO_ZONES, "every a with some b has c",
                "every a where x and not some b has c", "every a with some b with some c has d",
                "no a as x with at least 2 b has c == x.c", "every k has every a with some b has c")) {
            Diagnostic d = RuleParser.parse("r.invar", text).diagnostics().get(0);
            String message = d.message().substring("ambiguous 'has': write ".length());
            List<String> readings = java.util.Arrays.stream(message.split("(, or |, )"))
                    .map(r -> r.replaceFirst(" to state it of the [a-z_]+$", "")).toList();
            assertTrue(readings.size() >= 2, message);
            for (String reading : readings) {
                ParseResult parsed = RuleParser.parse("reading.invar", reading);
                assertTrue(parsed.ok(), () -> reading + "\n" + parsed.report());
            }
        }
    }

    @Test
    void whereIsAmbiguousLikeWith() {
        ParseResult result = RuleParser.parse("w.invar", "every a where no b where c has d");
        assertEquals(List.of("w.invar:1:28: error: ambiguous 'has': write every a with (no b with c) has d to state"
                + " it of the a, or every a with (no b with c has d) to state it of the b"),
                result.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void aHasAfterAQuantifierAtTheEndOfAWithIsAmbiguous() {
        // 'and', 'or' and 'not' do not end the nested quantifier: its clauses run on.
        assertEquals("ambiguous 'has': write every a with x and not (some b) has c to state it of the a, or every a"
                + " with x and not (some b has c) to state it of the b", message("every a with x and not some b has c"));
    }

    @Test
    void aHasThatCanOnlyBeTheInnerOnesStillTakesParentheses() {
        // The outer quantifier has its own 'has', so the first can only be the inner one's; a reader cannot tell.
        assertEquals("ambiguous 'has': it follows a quantifier nested in 'with', and parentheses must show that it"
                + " states the claim of the b: write every a with (some b has c) has d",
                message("every a with some b has c has d"));
    }

    @Test
    void threeQuantifiersGiveThreeReadings() {
        assertEquals("ambiguous 'has': write every a with (some b with some c) has d to state it of the a,"
                + " every a with (some b with (some c) has d) to state it of the b, or every a with some b with"
                + " (some c has d) to state it of the c", message("every a with some b with some c has d"));
    }

    @Test
    void aLongChainShowsTheOutermostAndTheInnermostReadings() {
        assertEquals("ambiguous 'has': write every a with (some b with some c with some d) has x to state it of the a,"
                + " or every a with some b with some c with (some d has x) to state it of the d (or give it to one of"
                + " the 2 quantifiers between them, in parentheses likewise)",
                message("every a with some b with some c with some d has x"));
        String deep = "every a with ".repeat(60) + "some b has y";
        assertTrue(message(deep).length() < 4000, "a message a person can read");
    }

    @Test
    void quantifiersOverTheSameRangeAreToldApart() {
        assertEquals("ambiguous 'has': write every subnet with (some subnet) has x to state it of the outer subnet,"
                + " or every subnet with (some subnet has x) to state it of the inner subnet",
                message("every subnet with some subnet has x"));
    }

    @Test
    void oneAmbiguityGivesOneMessage() {
        // The inner quantifiers' 'has' are inside the reading's parentheses: settling the first settles them.
        ParseResult result = RuleParser.parse("o.invar", "every a with some b has some c has d");
        assertEquals(1, result.diagnostics().size(), result.report());
        // A second, separate ambiguity in another part of the rule is reported as well.
        ParseResult two = RuleParser.parse("t.invar", "every a with (some b has x) and (some c with some d has y)");
        assertEquals(1, two.diagnostics().size(), two.report());
        ParseResult both = RuleParser.parse("b.invar",
                "every a with some b has x\nevery c has every d with some e has y\n");
        assertEquals(List.of(1, 2), both.diagnostics().stream().map(Diagnostic::line).toList(), both.report());
    }

    @Test
    void unambiguousFormsParse() {
        for (String text : List.of(
                // A quantifier in the claim: the outer quantifier has had its 'has'.
                "every ecs_service as svc with load_balancer has every subnet has az in svc.load_balancer.subnet.az",
                "no load_balancer with scheme == \"internet-facing\" has some subnet with default_route_target == \"x\"",
                "every a has some b has some c has d",
                // A 'with' can only be the nearest quantifier's.
                "every a with some b with c",
                "every a with some b with some c with d",
                // Parentheses and an aggregate's brackets end the quantifier.
                "every a with (some b has c) has d",
                "every a with (some b) has d",
                "every a with count(b where some c has d) >= 1 has e",
                "every a with x and (some b has c)",
                "every a has x and (some b with (some c has d) has e)")) {
            ParseResult result = RuleParser.parse("ok.invar", text);
            assertEquals("", result.report(), text);
        }
    }

    @Test
    void anAmbiguousRuleDoesNotHideTheOthers() {
        ParseResult result = RuleParser.parse("m.invar", "every a with some b has c\nevery d has e\n"
                + "rule r { severity hihg assert every f has g }\n");
        assertEquals(List.of("ambiguous", "syntax"), result.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(2, result.readable().rules().size(), "the other rules are read, to be checked");
        assertEquals(Optional.of(Path.of("e")), result.readable().rules().get(0).assertion().claim());
    }

    private static Quantified invariant(String text) {
        ParseResult result = RuleParser.parse("i.invar", text);
        assertEquals("", result.report(), text);
        return result.fileOrThrow().rules().get(0).assertion();
    }

    private static String message(String text) {
        ParseResult result = RuleParser.parse("m.invar", text);
        assertEquals(1, result.diagnostics().size(), result.report());
        return result.diagnostics().get(0).message();
    }
}
