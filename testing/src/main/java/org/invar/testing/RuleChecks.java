package org.invar.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.dsl.Printer;
import org.invar.dsl.ast.Quantified;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.InputReport;
import org.invar.report.judgement.Judgement;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.report.baseline.Baseline;
import org.invar.report.baseline.BaselineEntry;

/**
 * Evaluates rules over a model once and judges the findings with the assertion's policy (the
 * command line's: {@link FindingPolicy}), then sorts each rule's findings for the assertion:
 * counted, known to the baseline, unknown, suppressed, or nothing in scope. Applying a baseline
 * may record it or remove fixed entries from it; what that did becomes notes.
 */
final class RuleChecks {
    private RuleChecks() {
    }

    static void requireRules(RuleSet rules) {
        if (rules.size() == 0) {
            Failures.fail("There are no rules to check: the rules given hold no rule and no invariant");
        }
    }

    static CheckedRules run(Model model, RuleSet rules, CheckOptions options) {
        Report report = rules.evaluate(model);
        InputReport input = InputReport.model(report);
        List<String> notes = new ArrayList<>();
        Optional<Path> frozen = options.baseline();
        boolean recording = frozen.isPresent() && !Files.exists(frozen.get());
        Judgement judgement = frozen.map(file -> options.policy().withBaseline(baseline(file, input, notes)))
                .orElse(options.policy()).judge(input);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            CheckedRule rule = rules.rules().get(i);
            RuleResult result = report.results().get(i);
            Optional<String> empty = result.verdict() == Verdict.SKIP ? Optional.of(emptyScope(model, rules, rule))
                    : Optional.empty();
            outcomes.add(RuleOutcome.of(rule, result, judgement, empty));
        }
        if (frozen.isPresent() && !recording) {
            shrink(frozen.get(), judgement, outcomes, notes);
        }
        for (RuleOutcome o : outcomes) {
            if (!o.fails(options) && !o.suppressed().isEmpty()) {
                notes.add(Messages.suppressedNote(o));
            }
        }
        return new CheckedRules(outcomes, options, notes);
    }

    /** What the model held instead of something in the rule's scope. */
    private static String emptyScope(Model model, RuleSet rules, CheckedRule rule) {
        String kind = rules.schema().kind(rule.kind()).name();
        int size = model.table(kind).size();
        if (size == 0) {
            return "the model has no entity of kind " + kind;
        }
        String entities = Messages.count(size, "entity") + " of kind " + kind;
        Quantified assertion = rule.rule().assertion();
        return assertion.filter()
                .map(f -> "the model has " + entities + ", none with " + Printer.printFilter(assertion))
                .orElse("none of the model's " + entities + " is in scope");
    }

    /**
     * The frozen baseline. A missing file is recorded first with every current violation and
     * unknown verdict, so that the first run passes.
     */
    private static Baseline baseline(Path file, InputReport input, List<String> notes) {
        if (!Files.exists(file)) {
            Baseline baseline = Baseline.recording(file, List.of(input));
            BaselineFiles.write(baseline);
            notes.add(Messages.baselineRecorded(file, baseline.entries()));
            return baseline;
        }
        Baseline baseline = BaselineFiles.read(file);
        if (baseline.unplaced()) {
            notes.add(Messages.baselineUnplaced(file));
        }
        return baseline;
    }

    /** Removes the entries fixed since from the file, so they cannot come back unnoticed, and says what is known. */
    private static void shrink(Path file, Judgement judgement, List<RuleOutcome> outcomes, List<String> notes) {
        List<BaselineEntry> fixed = judgement.fixed();
        if (!fixed.isEmpty()) {
            Baseline baseline = judgement.policy().baseline().orElseThrow();
            BaselineFiles.write(baseline.without(fixed));
            notes.add(Messages.baselineFixed(file, fixed.stream().map(e -> Map.entry(e, ruleOf(e, outcomes))).toList()));
        }
        List<Finding> known = outcomes.stream().flatMap(o -> o.known().stream()).toList();
        if (!known.isEmpty()) {
            notes.add(Messages.baselineKnown(file, known));
        }
    }

    /** The rule an entry of a rule that ran names: by its id, or a bare invariant's text. */
    private static RuleOutcome ruleOf(BaselineEntry e, List<RuleOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.result().rule().equals(e.rule()) || o.result().baselineKey().equals(e.rule()))
                .findFirst().orElseThrow();
    }
}
