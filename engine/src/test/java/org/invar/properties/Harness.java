package org.invar.properties;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.invar.Invar;
import org.invar.RuleCompilationException;
import org.invar.RuleSet;
import org.invar.reference.ReferenceResult;
import org.invar.report.Finding;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.quicktheories.QuickTheory;

/** What the properties share: compiling generated text, reading outcomes, the QuickTheories setup. */
final class Harness {
    private Harness() {
    }

    /**
     * The QuickTheories runner for these properties: a fixed number of examples, a bounded
     * shrink, and the seed QuickTheories prints on failure (set {@code -DQT_SEED=...} to replay
     * it). {@code -Dinvar.props.scale=N} runs N times as many examples, to hunt rather than to guard.
     */
    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withExamples(examples * Integer.getInteger("invar.props.scale", 1))
                .withShrinkCycles(300);
    }

    /** Compiles generated rule text; a generated rule that does not compile is a generator bug. */
    static RuleSet compile(String text) {
        try {
            return Invar.compile(text);
        } catch (RuleCompilationException e) {
            throw new AssertionError("GENERATOR BUG: a generated rule does not compile:\n" + text + "\n"
                    + e.getMessage(), e);
        }
    }

    /** A rule's outcome, in a form both the engine and the reference interpreter give. */
    record Outcome(Verdict verdict, int inScope, Set<String> failing, Set<String> unknown) {
        Outcome {
            failing = new TreeSet<>(failing);
            unknown = new TreeSet<>(unknown);
        }

        @Override
        public String toString() {
            return verdict + " in-scope=" + inScope + " failing=" + failing + " unknown=" + unknown;
        }
    }

    static Outcome of(RuleResult r) {
        return new Outcome(r.verdict(), r.inScope(), ids(r.findings(), Verdict.FAIL), ids(r.findings(), Verdict.UNKNOWN));
    }

    static Outcome of(ReferenceResult r, boolean perEntity) {
        if (!perEntity) {
            // a counting quantifier reports one finding for the whole kind, named "*"
            return new Outcome(r.verdict(), r.inScope(),
                    r.verdict() == Verdict.FAIL ? Set.of("*") : Set.of(),
                    r.verdict() == Verdict.UNKNOWN ? Set.of("*") : Set.of());
        }
        return new Outcome(r.verdict(), r.inScope(), r.failing(), r.unknown());
    }

    private static Set<String> ids(List<Finding> findings, Verdict v) {
        return findings.stream().filter(f -> f.verdict() == v).map(f -> f.entity().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
