package org.invar.format;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.judgement.Judgement;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.judgement.Standing;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;

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
 * each nested quantifier settled on, joined by {@code <-} as in the design. A suppressed finding
 * has a {@code suppressed: REASON} line; a failure the baseline knows is marked {@code (in baseline)}.
 * With several inputs, each gets a section under its name. When a baseline is in force, a later
 * part counts known, new and fixed findings and lists the fixed ones. A last line says how many
 * unknown verdicts count as failing (or pass, under {@code --allow-unknown}), since a summary that
 * counts rules by verdict does not say what the exit status makes of them.
 */
public final class TextFormat implements ReportFormat {
    private final Style style;

    /** The format as {@link ReportFormats} finds it; each run is written with its own options. */
    public TextFormat() {
        this(Style.PLAIN);
    }

    private TextFormat(Style style) {
        this.style = style;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String description() {
        return "for people: each failure with its values and source line, then a summary";
    }

    @Override
    public void write(Writer writer, CheckRun run, FormatOptions options) {
        new TextFormat(Style.of(options.colour())).write(writer, run);
    }

    private void write(Writer writer, CheckRun run) {
        PrintWriter out = writer instanceof PrintWriter p ? p : new PrintWriter(writer);
        List<CheckedInput> inputs = run.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.size() > 1) {
                if (i > 0) {
                    out.println();
                }
                out.println(style.bold("== " + inputs.get(i).input() + " =="));
                out.println();
            }
            section(out, run, inputs.get(i));
        }
        if (run.judgement().hasBaseline()) {
            baseline(out, run.judgement());
        }
        unknowns(out, run.judgement());
        out.flush();
    }

    private void section(PrintWriter out, CheckRun run, CheckedInput input) {
        Report report = input.report();
        for (RuleResult r : report.results()) {
            if (!r.findings().isEmpty()) {
                rule(out, run, input, r);
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

    /** {@code baseline: K known, N new, F fixed}, then each fixed entry. */
    private void baseline(PrintWriter out, Judgement j) {
        out.println();
        out.println("baseline: " + j.known() + " known, " + j.fresh() + " new, " + j.fixed().size() + " fixed");
        if (!j.fixed().isEmpty()) {
            out.println(style.green("fixed since the baseline") + ":");
            for (BaselineEntry e : j.fixed()) {
                out.println("  " + e.rule() + " " + entity(e.entity())
                        + (e.verdict() == Verdict.UNKNOWN ? " (unknown)" : "")
                        + (e.where().isEmpty() ? "" : "  (" + e.where() + ")"));
            }
        }
    }

    /**
     * {@code 2 unknown verdicts at or above low count as failing; --allow-unknown lets them pass}, or
     * under {@code --allow-unknown} how many passed that way; nothing when there are none.
     */
    private void unknowns(PrintWriter out, Judgement j) {
        long counted = j.count(Verdict.UNKNOWN, Standing.COUNTS);
        long allowed = j.count(Verdict.UNKNOWN, Standing.UNKNOWN_ALLOWED);
        if (counted > 0) {
            out.println();
            out.println(style.yellow(plural(counted, "unknown verdict")) + " at or above "
                    + j.policy().thresholdWord() + (counted == 1 ? " counts" : " count")
                    + " as failing; --allow-unknown lets " + (counted == 1 ? "it" : "them") + " pass");
        } else if (allowed > 0) {
            out.println();
            out.println(plural(allowed, "unknown verdict") + " at or above " + j.policy().thresholdWord()
                    + (allowed == 1 ? " passes" : " pass") + " under --allow-unknown");
        }
    }

    private void rule(PrintWriter out, CheckRun run, CheckedInput input, RuleResult r) {
        String verdict = r.verdict().word().toUpperCase(Locale.ROOT);
        out.println(colour(r.verdict(), verdict) + " " + style.bold(r.rule()) + " (" + r.severity().word() + ")"
                + r.title().map(t -> ": " + t).orElse(""));
        out.println("  " + style.dim(r.invariant()));
        for (Finding f : r.findings()) {
            out.println();
            finding(out, f, run.standing(f));
        }
    }

    private void finding(PrintWriter out, Finding f, Standing standing) {
        String where = f.origin().display();
        boolean inBaseline = standing == Standing.IN_BASELINE;
        boolean quiet = standing == Standing.SUPPRESSED || inBaseline;
        String head = quiet ? style.dim(f.verdict().word()) : colour(f.verdict(), f.verdict().word());
        out.println("  " + head + " " + entity(f.entity()) + (where.isEmpty() ? "" : "  at " + where)
                + (inBaseline ? "  " + style.dim("(in baseline)") : ""));
        out.println("    " + f.message());
        if (!f.because().isEmpty()) {
            out.println("    because: " + because(f.because()));
        }
        if (f.chain().size() > 1) {
            out.println("    chain: " + f.chain().stream().map(TextFormat::entity).collect(Collectors.joining(" <- ")));
        }
        f.reason().ifPresent(reason -> out.println("    reason: " + reason));
        f.suppressed().ifPresent(reason -> out.println("    " + style.dim("suppressed: " + reason)));
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

    /**
     * {@code N rules: X failed, Y unknown, Z passed, W skipped; E entities}, counting rules by verdict,
     * and {@code ; S findings suppressed} when some are.
     */
    static String summary(Report report) {
        int rules = report.results().size();
        long failed = report.results().stream().filter(r -> r.verdict() == Verdict.FAIL).count();
        long unknown = report.results().stream().filter(r -> r.verdict() == Verdict.UNKNOWN).count();
        long suppressed = report.results().stream().flatMap(r -> r.findings().stream()).filter(Finding::isSuppressed)
                .count();
        return plural(rules, "rule") + ": " + failed + " failed, " + unknown + " unknown, "
                + report.passed().size() + " passed, " + report.skipped().size() + " skipped; "
                + plural(report.entities(), "entity")
                + (suppressed > 0 ? "; " + plural(suppressed, "finding") + " suppressed" : "");
    }

    private static String plural(long n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
    }
}
