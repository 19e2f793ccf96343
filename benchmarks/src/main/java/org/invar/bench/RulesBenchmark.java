package org.invar.bench;

import java.util.concurrent.TimeUnit;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The design's rules over synthetic estates of 10^4, 10^5 and 10^6 entities: the engine
 * (parallel, as embedders call it, and on one thread) against hand-written loops over the same
 * model in the same run. Model building is outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Xms2g"})
public class RulesBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int entities;

    /** Stacks in a hundred that break the rules: 0 measures evaluation alone, 1 with findings to explain. */
    @Param({"0", "1"})
    public int brokenPercent;

    private Model model;
    private RuleSet rules;

    @Setup(Level.Trial)
    public void setUp() {
        model = SyntheticEstate.ofSize(entities, brokenPercent);
        rules = Invar.compile(DesignRules.TEXT);
        int[] expected = HandWrittenRules.evaluate(model);
        Report report = rules.evaluate(model);
        for (int i = 0; i < expected.length; i++) {
            long engine = report.results().get(i).failed() + report.results().get(i).unknown();
            if (engine != expected[i]) {
                throw new IllegalStateException("rule " + i + ": engine found " + engine + ", hand-written "
                        + expected[i]);
            }
        }
    }

    @Benchmark
    public Report engineParallel() {
        return rules.evaluate(model, true);
    }

    @Benchmark
    public Report engineOneThread() {
        return rules.evaluate(model, false);
    }

    @Benchmark
    public int[] handWrittenOneThread() {
        return HandWrittenRules.evaluate(model);
    }
}
