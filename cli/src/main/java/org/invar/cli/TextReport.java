package org.invar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;

/**
 * The report for people. Rules that failed or could not be decided come first, in rule order,
 * each with its findings:
 *
 * <pre>
 * FAIL seed (medium)
 *   every az with alb_node has healthy_targets &gt;= 1
 *
 *   fail az us-east-1a  at model.json:7:5
 *     az us-east-1a does not satisfy healthy_targets &gt;= 1
 *     because: alb_node = [...], healthy_targets = 0
 *     chain: az us-east-1a &lt;- lb_node alb/us-east-1a
 * </pre>
 *
 * then the rules that passed and those that had nothing in scope, one line each, and a summary
 * line counting rules by verdict. A chain reads from the entity that was checked to the entity
 * each nested quantifier settled on, joined by {@code <-} as in the design. With several inputs,
 * each gets a section under its name.
 */
final class TextReport {
    private final PrintWriter out;
    private final Style style;

    private TextReport(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    static void write(PrintWriter out, List<CheckedInput> inputs, Style style) {
        TextReport text = new TextReport(out, style);
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.size() > 1) {
                if (i > 0) {
                    out.println();
                }
                out.println(style.bold("== " + inputs.get(i).input() + " =="));
                out.println();
            }
            text.section(inputs.get(i).report());
        }
        out.flush();
    }

    private void section(Report report) {
        for (RuleResult r : report.results()) {
            if (!r.findings().isEmpty()) {
                rule(r);
                out.println();
            }
        }
        List<RuleResult> passed = report.passed();
        if (!passed.isEmpty()) {
            out.println(style.green("passed") + ": " + passed.stream()
                    .map(r -> r.rule() + " (" + r.inScope() + " in scope)").collect(Collectors.joining(", ")));
        }
        List<RuleResult> skipped = report.skipped();
        if (!skipped.isEmpty()) {
            out.println(style.dim("skipped, nothing in scope") + ": "
                    + skipped.stream().map(RuleResult::rule).collect(Collectors.joining(", ")));
        }
        out.println(summary(report));
    }

    private void rule(RuleResult r) {
        String verdict = r.verdict().word().toUpperCase(Locale.ROOT);
        out.println(colour(r.verdict(), verdict) + " " + style.bold(r.rule()) + " (" + r.severity().word() + ")"
                + r.title().map(t -> ": " + t).orElse(""));
        out.println("  " + style.dim(r.invariant()));
        for (Finding f : r.findings()) {
            out.println();
            finding(f);
        }
    }

    private void finding(Finding f) {
        String where = f.origin().display();
        String head = f.isSuppressed() ? style.dim(f.verdict().word()) : colour(f.verdict(), f.verdict().word());
        out.println("  " + head + " " + entity(f.entity()) + (where.isEmpty() ? "" : "  at " + where)
                + f.suppressed().map(s -> "  (suppressed: " + s + ")").orElse(""));
        out.println("    " + f.message());
        if (!f.because().isEmpty()) {
            out.println("    because: " + because(f.because()));
        }
        if (f.chain().size() > 1) {
            out.println("    chain: " + f.chain().stream().map(TextReport::entity).collect(Collectors.joining(" <- ")));
        }
        f.reason().ifPresent(reason -> out.println("    reason: " + reason));
    }

    static String because(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code kind id}; a finding about a count over a whole kind names the kind alone. */
    static String entity(EntityRef e) {
        return e.id().equals("*") ? "every " + e.kind() : e.kind() + " " + e.id();
    }

    private String colour(Verdict verdict, String text) {
        return switch (verdict) {
            case FAIL -> style.red(text);
            case UNKNOWN -> style.yellow(text);
            case PASS -> style.green(text);
            case SKIP -> style.dim(text);
        };
    }

    /** {@code N rules: X failed, Y unknown, Z passed, W skipped; E entities}, counting rules by verdict. */
    static String summary(Report report) {
        int rules = report.results().size();
        long failed = report.results().stream().filter(r -> r.verdict() == Verdict.FAIL).count();
        long unknown = report.results().stream().filter(r -> r.verdict() == Verdict.UNKNOWN).count();
        return plural(rules, "rule") + ": " + failed + " failed, " + unknown + " unknown, "
                + report.passed().size() + " passed, " + report.skipped().size() + " skipped; "
                + plural(report.entities(), "entity");
    }

    private static String plural(long n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
    }
}
