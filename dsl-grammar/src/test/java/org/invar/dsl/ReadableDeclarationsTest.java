package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.dsl.ast.Declaration;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.Severity;
import org.junit.jupiter.api.Test;

/**
 * After a syntax error the parse still gives every declaration that can be read, so that their
 * mistakes are reported in the same run; and none that recovery made up from broken text.
 */
class ReadableDeclarationsTest {

    @Test
    void aBrokenSettingIsLeftOutAndTheRuleIsRead() {
        ParseResult result = RuleParser.parse("s.invar", """
                rule r {
                  severity high
                  title oops
                  tags [availability ecs]
                  message "{name}"
                  docs
                  assert every az has healthy_targets >= 1
                }
                """);
        assertEquals(List.of(3, 4, 7), lines(result), result.report());
        Rule rule = result.readable().rules().get(0);
        assertEquals(Optional.of(Severity.HIGH), rule.severity());
        assertEquals(Optional.empty(), rule.title());
        assertEquals(List.of(), rule.tags());
        assertEquals(Optional.of("{name}"), rule.message());
        assertEquals(new org.invar.dsl.ast.Position(5, 11), rule.messagePosition());
    }

    @Test
    void aMisspeltOrStraySettingIsSkippedFirstOrLater() {
        for (String settings : List.of("severty high", "severity high severty high", "\"oops\" severity high",
                "severity high title \"t\" \"u\"")) {
            ParseResult result = RuleParser.parse("m.invar", "rule r { " + settings + " assert every az has x }");
            assertEquals(1, result.diagnostics().size(), result.report());
            assertEquals(List.of("r"), ids(result), settings);
        }
    }

    @Test
    void aRuleWithoutAssertDoesNotTakeTheNextDeclarationForItsInvariant() {
        for (String rule : List.of("rule r { }", "rule r {}", "rule r { severity high }", "rule r { severty high }")) {
            ParseResult result = RuleParser.parse("a.invar", rule + "\nevery az has x\nrule s { assert every az has y }\n");
            assertEquals(1, result.diagnostics().size(), result.report());
            assertEquals(List.of("a:2", "s"), ids(result), rule);
        }
    }

    @Test
    void aBrokenInvariantSkipsItsRuleOnly() {
        ParseResult result = RuleParser.parse("i.invar", """
                rule a { assert every az has >= 1 }
                rule b { assert every az has x }
                every subnet has cidr == == "x"
                every subnet has y
                """);
        assertEquals(List.of(1, 3), lines(result), result.report());
        assertEquals(List.of("b", "i:4"), ids(result));
    }

    @Test
    void textRecoverySkippedAfterADeclarationBelongedToIt() {
        // 'every b has x' is whole, but the author wrote 'x y z': it is not read as if they had not.
        ParseResult result = RuleParser.parse("d.invar", "every b has x y z\nevery c has w\n");
        assertEquals(List.of("d:2"), ids(result), result.report());
    }

    @Test
    void aDeclarationRecoveryResumedAtMidLineIsAFragmentOfTheBrokenOne() {
        ParseResult result = RuleParser.parse("f.invar", "rule 1abc { assert every az has x }\nevery c has w\n");
        assertEquals(List.of("f:2"), ids(result), result.report());
    }

    @Test
    void paramsThatCannotBeReadAreNamedWhenTheirNameCanBe() {
        ParseResult result = RuleParser.parse("p.invar", "param min_azs 3\nparam = 2\nparam max_azs = \nparam ok = 1\n");
        assertFalse(result.ok());
        assertEquals(Set.of("min_azs", "max_azs"), result.unreadableParams());
        assertEquals(1, result.readable().params().size());
    }

    @Test
    void aWellFormedFileIsReadWhole() {
        ParseResult result = RuleParser.parse("w.invar", "param p = 1\nevery az has x\n");
        assertEquals(result.file().orElseThrow(), result.readable());
        assertEquals(Set.of(), result.unreadableParams());
    }

    private static List<Integer> lines(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostic::line).toList();
    }

    private static List<String> ids(ParseResult result) {
        return result.readable().declarations().stream().filter(d -> d instanceof Rule).map(Declaration.class::cast)
                .map(d -> ((Rule) d).id()).toList();
    }
}
