package org.invar.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.invar.format.Style;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.dsl.Printer;
import org.invar.dsl.ast.Rule;
import org.invar.model.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code invar explain RULE-ID}: what a rule says and where it lives.
 *
 * <pre>
 * ecs-service-covers-its-azs (high)
 *   An ECS service behind a load balancer runs a task in every AZ it uses
 *
 *   invariant:  every ecs_service with load_balancer has desired_count &gt;= count(distinct subnet.az)
 *   message:    {name} runs {desired_count} task(s) over {count(distinct subnet.az)} AZs
 *   docs:       https://docs.aws.amazon.com/...
 *   tags:       availability, ecs
 *   defined at: rules/availability.invar:9:1
 *   example:    stacks/web.yml fails it (case "one task over two zones" at rules/availability.tests.yaml:4:5)
 * </pre>
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Explain a rule: title, severity, docs, tags, the invariant in canonical text, its message, "
                + "where it is defined, and an input that fails it when a rule test next to the rules has one.", ""},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the rule was explained", "  2  a usage error, rules that do not compile, or no such rule"})
final class ExplainCommand implements Callable<Integer> {
    private static final String NONE = "none";

    private final Io io;

    @Parameters(index = "0", paramLabel = "RULE-ID", description = "The rule's id, as `invar rules` lists it.")
    String ruleId;

    @Mixin
    RuleOptions rules;

    @Mixin
    DebugOption debug;

    ExplainCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!RuleLoading.hasRules(rules)) {
            throw new ExitException(ExitCodes.USAGE, "invar explain: no rules to look in: pass --rules PATH, or drop --no-stdlib");
        }
        RuleSet set = RuleLoading.compile(rules, Map.of(), io.err());
        CheckedRule checked = set.rules().stream().filter(r -> r.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new ExitException(ExitCodes.USAGE, "invar explain: no rule '" + ruleId + "' in "
                        + String.join(", ", rules.paths.stream().map(Object::toString).toList())
                        + Suggestions.didYouMean(ruleId, set.rules().stream().map(r -> r.rule().id()).toList())));
        Rule rule = checked.rule();
        PrintWriter out = io.out();
        Style style = Style.of(io.colour());
        out.println(style.bold(rule.id()) + " (" + rule.effectiveSeverity().word() + ")");
        rule.title().ifPresent(t -> out.println("  " + t));
        out.println();
        field(out, "invariant", Printer.print(rule.assertion()));
        field(out, "message", rule.message().orElse(NONE + " (findings say which entity does not satisfy what)"));
        field(out, "docs", rule.docs().orElse(NONE));
        field(out, "tags", rule.tags().isEmpty() ? NONE : String.join(", ", rule.tags()));
        if (rule.unsuppressible()) {
            field(out, "suppress", "no: this rule is unsuppressible");
        }
        field(out, "defined at", checked.file() + (rule.position().isKnown() ? ":" + rule.position() : ""));
        Optional<RuleExample> example = RuleExample.find(rule.id(), rules.paths, checked.file());
        field(out, "example", example.map(e -> e.input() + " fails it (case \"" + e.testCase().name() + "\" at "
                + e.testCase().position() + ")").orElse(NONE + ": no rule test next to the rules has a case it fails"));
        out.flush();
        return ExitCodes.OK;
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println("  " + (name + ":" + " ".repeat(12)).substring(0, 12) + value);
    }
}
