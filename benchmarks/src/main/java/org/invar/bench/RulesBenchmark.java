package org.invar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.eval.Evaluation;
import org.invar.model.Model;
import org.invar.report.Report;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

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

    /**
     * Which rule to run: {@code all} (the five, as embedders run a rule set), or one rule's index
     * in {@link DesignRules#TEXT} for per-rule ratios (engine and loop compute that rule alone).
     */
    @Param({"all"})
    public String rule;

    private Model model;
    private RuleSet rules;
    /** The rules {@code engineOneThread} evaluates: all, or the one chosen. */
    private List<CheckedRule> chosen;
    private int only = -1;

    @Setup(Level.Trial)
    public void setUp() {
        model = SyntheticEstate.ofSize(entities, brokenPercent);
        rules = Invar.compile(DesignRules.TEXT);
        chosen = rules.rules();
        if (!rule.equals("all")) {
            only = Integer.parseInt(rule);
            chosen = List.of(rules.rules().get(only));
        }
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
        return only < 0 ? rules.evaluate(model, false) : Evaluation.evaluate(chosen, model, false);
    }

    @Benchmark
    public int[] handWrittenOneThread() {
        return only < 0 ? HandWrittenRules.evaluate(model) : new int[] {HandWrittenRules.evaluate(model, only)};
    }

    /**
     * The engine and the loops one after the other in each call, each timed apart (wall clock and
     * the thread's CPU time) into {@link Split}'s counters: the ratio then compares the two at
     * moments milliseconds apart, where the two benchmarks above run minutes apart and a shared
     * machine's load changes in between. The score itself (both together) is not the figure; read
     * {@code engineCpuNanos / loopCpuNanos} and {@code engineWallNanos / loopWallNanos}.
     */
    @Benchmark
    public Object engineAndLoopsInterleaved(Split split, Blackhole sink) {
        long wall = System.nanoTime();
        long cpu = Split.THREADS.getCurrentThreadCpuTime();
        sink.consume(engineOneThread());
        long wallMid = System.nanoTime();
        long cpuMid = Split.THREADS.getCurrentThreadCpuTime();
        int[] loops = handWrittenOneThread();
        long wallEnd = System.nanoTime();
        long cpuEnd = Split.THREADS.getCurrentThreadCpuTime();
        split.engineWallNanos += wallMid - wall;
        split.loopWallNanos += wallEnd - wallMid;
        split.engineCpuNanos += cpuMid - cpu;
        split.loopCpuNanos += cpuEnd - cpuMid;
        split.calls++;
        return loops;
    }

    /** Time spent in each half of {@link #engineAndLoopsInterleaved}, per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Split {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long engineWallNanos;
        public long loopWallNanos;
        public long engineCpuNanos;
        public long loopCpuNanos;
        public long calls;

        @Setup(Level.Iteration)
        public void reset() {
            engineWallNanos = 0;
            loopWallNanos = 0;
            engineCpuNanos = 0;
            loopCpuNanos = 0;
            calls = 0;
        }
    }
}
