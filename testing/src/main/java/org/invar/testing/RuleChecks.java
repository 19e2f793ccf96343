package org.invar.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.dsl.Printer;
import org.invar.dsl.ast.Quantified;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;

/**
 * Evaluates rules over a model once and sorts each rule's findings for an assertion: counted,
 * known to the baseline, unknown, suppressed, or nothing in scope. Applying a baseline may
 * record it or remove fixed violations from it; what that did becomes notes.
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
        List<RuleOutcome> raw = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            raw.add(outcome(model, rules, rules.rules().get(i), report.results().get(i)));
        }
        List<String> notes = new ArrayList<>();
        List<RuleOutcome> outcomes = options.baseline().map(path -> freeze(path, raw, notes)).orElse(raw);
        for (RuleOutcome o : outcomes) {
            if (!o.fails(options) && !o.suppressed().isEmpty()) {
                notes.add(Messages.suppressedNote(o));
            }
        }
        return new CheckedRules(outcomes, options, notes);
    }

    private static RuleOutcome outcome(Model model, RuleSet rules, CheckedRule rule, RuleResult result) {
        List<Finding> violations = new ArrayList<>();
        List<Finding> unknowns = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.isSuppressed()) {
                suppressed.add(f);
            } else if (f.verdict() == Verdict.FAIL) {
                violations.add(f);
            } else if (f.verdict() == Verdict.UNKNOWN) {
                unknowns.add(f);
            }
        }
        String key = rule.rule().bare() ? result.invariant() : result.rule();
        Optional<String> empty = result.verdict() == Verdict.SKIP ? Optional.of(emptyScope(model, rules, rule))
                : Optional.empty();
        return new RuleOutcome(rule, result, key, violations, List.of(), unknowns, suppressed, empty);
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
     * Splits violations into known and counted. A missing file is recorded with every current
     * violation; entries of the rules checked here that no longer fail are removed from it.
     */
    private static List<RuleOutcome> freeze(Path file, List<RuleOutcome> outcomes, List<String> notes) {
        Map<BaselineEntry, RuleOutcome> current = new LinkedHashMap<>();
        Map<String, RuleOutcome> byKey = new LinkedHashMap<>();
        for (RuleOutcome o : outcomes) {
            byKey.putIfAbsent(o.key(), o);
            o.counted().forEach(f -> current.put(BaselineEntry.of(o.key(), f.entity()), o));
        }
        if (!Files.exists(file)) {
            Baseline.write(file, current.keySet());
            notes.add(Messages.baselineRecorded(file, current.size()));
            return outcomes.stream().map(o -> withKnown(o, Set.copyOf(current.keySet()))).toList();
        }
        Set<BaselineEntry> entries = Baseline.read(file);
        List<Map.Entry<BaselineEntry, RuleOutcome>> fixed = new ArrayList<>();
        for (BaselineEntry e : entries) {
            RuleOutcome rule = byKey.get(e.rule());
            if (rule != null && !current.containsKey(e)) {
                fixed.add(Map.entry(e, rule));
            }
        }
        if (!fixed.isEmpty()) {
            Set<BaselineEntry> kept = new TreeSet<>(entries);
            fixed.forEach(f -> kept.remove(f.getKey()));
            Baseline.write(file, kept);
            notes.add(Messages.baselineFixed(file, fixed));
        }
        List<RuleOutcome> split = outcomes.stream().map(o -> withKnown(o, entries)).toList();
        int known = split.stream().mapToInt(o -> o.known().size()).sum();
        if (known > 0) {
            notes.add(Messages.baselineKnown(file, known));
        }
        return split;
    }

    private static RuleOutcome withKnown(RuleOutcome o, Set<BaselineEntry> baseline) {
        List<Finding> counted = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        for (Finding f : o.counted()) {
            (baseline.contains(BaselineEntry.of(o.key(), f.entity())) ? known : counted).add(f);
        }
        return new RuleOutcome(o.rule(), o.result(), o.key(), counted, known, o.unknowns(), o.suppressed(),
                o.emptyScope());
    }
}
