package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Declaration;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Import;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Param;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.Severity;
import org.invar.dsl.ast.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of DESIGN.md §3, copied into design-examples.invar, parse to what they say. */
class DesignExamplesTest {
    private static final String NAME = "design-examples.invar";
    private static final Position NONE = Position.NONE;
    private static String text;
    private static SourceFile file;

    @BeforeAll
    static void parse() throws IOException {
        text = designExamples();
        ParseResult result = RuleParser.parse(NAME, text);
        assertEquals("", result.report(), "the design examples parse without diagnostics");
        assertTrue(result.ok());
        file = result.file().orElseThrow();
    }

    static String designExamples() throws IOException {
        try (InputStream in = DesignExamplesTest.class.getResourceAsStream("/design-examples.invar")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void declarationsComeInTheOrderWritten() {
        assertEquals(List.of("Rule", "Param", "Rule", "Rule", "Rule", "Rule", "Import", "Rule", "Rule"),
                file.declarations().stream().map(d -> d.getClass().getSimpleName()).toList());
        assertEquals(NAME, file.name());
    }

    @Test
    void ruleIdsAreWrittenOrDerivedFromFileAndLine() {
        assertEquals(List.of("design-examples:5", "ecs-service-covers-its-azs", "internet-facing-alb-in-public-subnets",
                        "tasks-only-where-the-lb-has-a-node", "cluster-spans-three-azs", "design-examples:33",
                        "design-examples:36"),
                file.rules().stream().map(Rule::id).toList());
        assertEquals(List.of(true, false, false, false, false, true, true),
                file.rules().stream().map(Rule::bare).toList());
    }

    @Test
    void severitiesAreReadAndDefaultToMedium() {
        assertEquals(List.of(Optional.empty(), Optional.of(Severity.HIGH), Optional.of(Severity.CRITICAL),
                        Optional.of(Severity.HIGH), Optional.empty(), Optional.empty(), Optional.empty()),
                file.rules().stream().map(Rule::severity).toList());
        assertEquals(Severity.MEDIUM, rule("cluster-spans-three-azs").effectiveSeverity());
        assertEquals(Severity.CRITICAL, rule("internet-facing-alb-in-public-subnets").effectiveSeverity());
    }

    @Test
    void metadataOfTheFullRule() {
        Rule rule = rule("ecs-service-covers-its-azs");
        assertEquals(Optional.of("An ECS service behind a load balancer runs a task in every AZ it uses"), rule.title());
        assertEquals(Optional.of("{name} runs {desired_count} task(s) over {count(distinct subnet.az)} AZs"),
                rule.message());
        assertEquals(Optional.of(
                        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html"),
                rule.docs());
        assertEquals(List.of("availability", "ecs"), rule.tags());
        assertFalse(rule.unsuppressible());
        assertEquals(new Position(9, 1), rule.position());
        for (String other : List.of("internet-facing-alb-in-public-subnets", "cluster-spans-three-azs")) {
            assertEquals(Optional.empty(), rule(other).title());
            assertEquals(List.of(), rule(other).tags());
        }
    }

    @Test
    void paramAndImport() {
        assertEquals(List.of(new Param(Identifier.of("min_azs"), new Literal.IntLiteral(3, NONE), NONE)),
                file.params());
        assertEquals(List.of(new Import("stdlib/ecs", NONE)), file.imports());
    }

    @Test
    void assertionsHaveTheStructureTheTextSays() {
        // every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)
        Quantified ecs = new Quantified(Quantifier.EVERY, Path.of("ecs_service"), Optional.empty(),
                Optional.of(Path.of("load_balancer")),
                Optional.of(new Comparison(Comparison.Operator.GE, Path.of("desired_count"),
                        new Aggregate(Aggregate.Function.COUNT, true, Path.of("subnet", "az"), Optional.empty(), NONE),
                        NONE)),
                NONE);
        assertEquals(ecs, rule("ecs-service-covers-its-azs").assertion());

        // no load_balancer with scheme == "internet-facing" has some subnet with default_route_target == "nat_gateway"
        Quantified alb = new Quantified(Quantifier.NO, Path.of("load_balancer"), Optional.empty(),
                Optional.of(new Comparison(Comparison.Operator.EQ, Path.of("scheme"),
                        new Literal.StringLiteral("internet-facing", NONE), NONE)),
                Optional.of(new Quantified(Quantifier.SOME, Path.of("subnet"), Optional.empty(),
                        Optional.of(new Comparison(Comparison.Operator.EQ, Path.of("default_route_target"),
                                new Literal.StringLiteral("nat_gateway", NONE), NONE)),
                        Optional.empty(), NONE)),
                NONE);
        assertEquals(alb, rule("internet-facing-alb-in-public-subnets").assertion());

        // every ecs_service as svc with load_balancer has every subnet has az in svc.load_balancer.subnet.az
        Quantified tasks = new Quantified(Quantifier.EVERY, Path.of("ecs_service"), Optional.of(Identifier.of("svc")),
                Optional.of(Path.of("load_balancer")),
                Optional.of(new Quantified(Quantifier.EVERY, Path.of("subnet"), Optional.empty(), Optional.empty(),
                        Optional.of(new Comparison(Comparison.Operator.IN, Path.of("az"),
                                Path.of("svc", "load_balancer", "subnet", "az"), NONE)),
                        NONE)),
                NONE);
        assertEquals(tasks, rule("tasks-only-where-the-lb-has-a-node").assertion());

        // no bucket with public_access_blocked == false: no claim, the filter alone decides
        Quantified bucket = rule("design-examples:33").assertion();
        assertEquals(Quantifier.NO, bucket.quantifier());
        assertTrue(bucket.claim().isEmpty());
        assertEquals(new Comparison(Comparison.Operator.EQ, Path.of("public_access_blocked"),
                new Literal.BoolLiteral(false, NONE), NONE), bucket.filter().orElseThrow());
    }

    @Test
    void positionsPointIntoTheText() {
        Quantified first = file.rules().get(0).assertion();
        assertEquals(new Position(5, 1), first.position());
        Comparison claim = (Comparison) first.claim().orElseThrow();
        assertEquals(new Position(5, 44), claim.position(), "a comparison starts at its operator");
        assertEquals(new Position(5, 28), ((Path) claim.left()).position());
    }

    @Test
    void printingAndParsingAgainGivesTheSameFile() {
        String printed = Printer.print(file);
        ParseResult again = RuleParser.parse(NAME, printed);
        assertEquals("", again.report(), "the printed text parses:\n" + printed);
        SourceFile reparsed = again.file().orElseThrow();
        // Bare invariants take their id from the line they are on, which printing moves.
        assertEquals(withoutBareIds(file), withoutBareIds(reparsed), printed);
        assertEquals("design-examples:1", reparsed.rules().get(0).id());
        for (Rule bare : reparsed.rules().stream().filter(Rule::bare).toList()) {
            assertEquals("design-examples:" + bare.position().line(), bare.id(), "bare ids follow the printed lines");
        }
        assertEquals(printed, Printer.print(reparsed), "printing is a fixed point");
    }

    private static SourceFile withoutBareIds(SourceFile f) {
        List<Declaration> declarations = f.declarations().stream()
                .map(d -> d instanceof Rule r && r.bare() ? Rule.bare("bare", r.assertion()) : d)
                .toList();
        return new SourceFile(f.name(), declarations);
    }

    private static Rule rule(String id) {
        return file.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
