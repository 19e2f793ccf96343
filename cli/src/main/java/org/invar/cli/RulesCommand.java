package org.invar.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.invar.format.Style;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.dsl.Printer;
import org.invar.dsl.ast.Rule;
import org.invar.model.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code invar rules}: compiles rule files and lists each rule, one block per rule:
 *
 * <pre>
 * ecs-service-covers-its-azs (high)
 *   An ECS service behind a load balancer runs a task in every AZ it uses
 *   every ecs_service with load_balancer has desired_count &gt;= count(distinct subnet.az)
 *   tags: availability, ecs
 *   at rules/ecs.invar:5:1
 * </pre>
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Compile rule files and list their rules.", "",
            "Each rule with its id, severity, title and invariant in canonical text; params with their values.", ""},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every rule compiles", "  2  a usage error, or rules that do not compile (every diagnostic "
                + "is on standard error)"})
final class RulesCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    RuleOptions rules;

    @Mixin
    DebugOption debug;

    RulesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!RuleLoading.hasRules(rules)) {
            io.err().println("no rules to list: pass --rules PATH, or drop --no-stdlib");
            return ExitCodes.OK;
        }
        RuleSet set = RuleLoading.compile(rules, Map.of(), io.err());
        PrintWriter out = io.out();
        Style style = Style.of(io.colour());
        for (CheckedRule checked : set.rules()) {
            Rule rule = checked.rule();
            out.println(style.bold(rule.id()) + " (" + rule.effectiveSeverity().word() + ")");
            rule.title().ifPresent(t -> out.println("  " + t));
            out.println("  " + Printer.print(rule.assertion()));
            if (!rule.tags().isEmpty()) {
                out.println("  tags: " + String.join(", ", rule.tags()));
            }
            out.println("  " + style.dim("at " + checked.file()
                    + (rule.position().isKnown() ? ":" + rule.position() : "")));
            out.println();
        }
        String count = set.size() == 1 ? "1 rule" : set.size() + " rules";
        if (set.params().isEmpty()) {
            out.println(count);
        } else {
            out.println(count + "; params: " + set.params().entrySet().stream()
                    .map(e -> e.getKey() + " = " + show(e.getValue())).collect(Collectors.joining(", ")));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String show(Value v) {
        return v instanceof Value.Str s ? "\"" + s.value() + "\"" : v.display();
    }
}
