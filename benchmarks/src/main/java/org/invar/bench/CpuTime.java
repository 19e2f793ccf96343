package org.invar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time of the benchmark's thread, as JMH secondary counters beside its wall clock: on a
 * machine shared with builds, wall time measures mostly the load (a read of 1 MiB took from 2.6 to
 * 6 s in one run), while the thread's CPU time stays near what the work costs. Per operation:
 * {@code cpuNanos / calls}. The collector's and the compilers' threads are not counted.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public long cpuNanos;
    public long calls;

    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        calls = 0;
    }

    /** Runs {@code work}, adding its CPU time. */
    <T> T time(Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        calls++;
        return result;
    }
}
