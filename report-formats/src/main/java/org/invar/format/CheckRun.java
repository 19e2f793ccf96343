package org.invar.format;

import java.util.List;
import org.invar.report.Finding;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.judgement.Judgement;
import org.invar.report.RuleResult;
import org.invar.report.judgement.Standing;

/**
 * Everything one {@code invar check} found, the one tree every format reads: the report of each
 * input, and the judgement of the findings by the run's policy (which ones count, which the
 * baseline knew, which of its entries are fixed). Formats compute nothing from the model or the
 * rules, and never decide again whether a finding counts; they only read this.
 *
 * <pre>{@code
 * CheckRun run = CheckRun.judged(List.of(CheckedInput.single("stack.yml", report)), FindingPolicy.failingAt(Severity.LOW));
 * ReportFormats.named("json").orElseThrow().write(out, run, FormatOptions.defaults());
 * }</pre>
 */
public record CheckRun(List<CheckedInput> inputs, Judgement judgement) {
    public CheckRun {
        inputs = List.copyOf(inputs);
    }

    /** The inputs' reports judged by the policy. */
    public static CheckRun judged(List<CheckedInput> inputs, FindingPolicy policy) {
        return new CheckRun(inputs, policy.judge(inputs.stream().map(CheckedInput::judged).toList()));
    }

    public Standing standing(Finding finding) {
        return judgement.standing(finding);
    }

    /** Whether the baseline in force already holds this finding. */
    public boolean inBaseline(Finding finding) {
        return judgement.inBaseline(finding);
    }

    /** The rules evaluated: every input was checked with the same rule set, so the first report's. */
    public List<RuleResult> rules() {
        return inputs.isEmpty() ? List.of() : inputs.get(0).report().results();
    }
}
