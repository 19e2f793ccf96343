package org.invar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.invar.check.CheckedRule;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.RuleResult;

/**
 * Evaluates checked rules over a model. Rules are independent, and a rule over a large kind is
 * cut into ranges of entities; all ranges of all rules run in parallel on the common fork-join
 * pool, then each rule's ranges are merged and its findings explained.
 */
public final class Evaluation {
    /** Entities per task: large enough that a task outweighs its scheduling. */
    static final int CHUNK = 1 << 14;

    private Evaluation() {
    }

    public static Report evaluate(List<CheckedRule> rules, Model model, boolean parallel) {
        return evaluate(rules, model, parallel, Partial::run);
    }

    /**
     * Evaluates on this thread, one entity after another through each node's single-row path,
     * which is the plainest statement of what a rule means: block evaluation, the default, must
     * give the same report, and the engine's properties check that it does.
     */
    public static Report evaluateRowByRow(List<CheckedRule> rules, Model model) {
        return evaluate(rules, model, false, Partial::runRowByRow);
    }

    private interface Driver {
        Partial run(BoundRule rule, int from, int to);
    }

    private static Report evaluate(List<CheckedRule> rules, Model model, boolean parallel, Driver driver) {
        List<BoundRule> bound = rules.stream().map(r -> new BoundRule(r, model)).toList();
        record Task(int rule, int from, int to) {
        }
        List<Task> tasks = new ArrayList<>();
        for (int r = 0; r < bound.size(); r++) {
            int n = bound.get(r).table.size();
            int from = 0;
            do {
                tasks.add(new Task(r, from, Math.min(n, from + CHUNK)));
                from += CHUNK;
            } while (from < n);
        }
        List<Partial> partials;
        // A parallel stream runs on the calling thread and the common pool's workers, so two cores
        // (one worker) already work in parallel.
        if (parallel && tasks.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
            partials = tasks.parallelStream().map(t -> driver.run(bound.get(t.rule), t.from, t.to)).toList();
        } else {
            partials = tasks.stream().map(t -> driver.run(bound.get(t.rule), t.from, t.to)).toList();
        }
        List<List<Partial>> byRule = IntStream.range(0, bound.size()).mapToObj(i -> new ArrayList<Partial>())
                .collect(Collectors.toList());
        for (int i = 0; i < tasks.size(); i++) {
            byRule.get(tasks.get(i).rule).add(partials.get(i));
        }
        List<RuleResult> results = IntStream.range(0, bound.size()).mapToObj(i -> {
            BoundRule b = bound.get(i);
            return new Explainer(b).result(Partial.merge(byRule.get(i)));
        }).toList();
        return new Report(results, model.size());
    }
}
