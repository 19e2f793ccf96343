package org.invar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.invar.cloudformation.CloudFormation;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.read.TemplateReader;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
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
 * Loading whole CloudFormation templates (checks, resolution, mapping, nested stacks) against
 * reading the same files into trees, the baseline measured in the same run.
 *
 * <ul>
 *   <li>{@code corpus}: every template of the shared corpus ({@code -Dinvar.corpus=PATH} or
 *       {@code INVAR_CORPUS}, then {@code cloudformation/}), parents with their nested stacks;</li>
 *   <li>{@code references}: one template of 5,000 queues, each naming the one before it by
 *       {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} and {@code DependsOn}: the reference and
 *       circle checks' cost on a long chain.</li>
 * </ul>
 *
 * The set-up prints how many templates load and how many are refused. {@code readAndLoadInterleaved}
 * is the one for ratios on a shared machine: each call reads, then loads, timing each half by the
 * thread's CPU time into the secondary counters {@code readCpuNanos} and {@code loadCpuNanos}.
 * Run from the project root:
 * {@code INVAR_CORPUS=/path/to/corpus java -jar benchmarks/target/benchmarks.jar CorpusLoadBenchmark.readAndLoadInterleaved}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CorpusLoadBenchmark {
    private static final int CHAIN = 5_000;

    @Param({"corpus", "references"})
    String input;

    private final List<Path> templates = new ArrayList<>();

    @Setup(Level.Trial)
    public void findTemplates() throws IOException {
        if (input.equals("references")) {
            Path file = Files.createTempFile("references", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, chain(), StandardCharsets.UTF_8);
            templates.add(file);
        } else {
            String root = System.getProperty("invar.corpus", System.getenv("INVAR_CORPUS"));
            if (root == null || root.isBlank()) {
                throw new IllegalStateException("give the corpus: -Dinvar.corpus=PATH or INVAR_CORPUS=PATH");
            }
            try (Stream<Path> files = Files.walk(Path.of(root, "cloudformation"))) {
                files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$"))
                        .sorted().forEach(templates::add);
            }
        }
        int refused = 0;
        for (Path t : templates) {
            try {
                CloudFormation.read(t, LoadOptions.DEFAULT);
            } catch (ModelLoadException e) {
                refused++;
                System.out.println("refused: " + e.getMessage());
            }
        }
        System.out.println(input + ": " + (templates.size() - refused) + " of " + templates.size() + " templates load");
    }

    private static String chain() {
        StringBuilder t = new StringBuilder("Resources:\n  Q0: {Type: AWS::SQS::Queue}\n");
        for (int i = 1; i < CHAIN; i++) {
            String prev = "Q" + (i - 1);
            t.append("  Q").append(i).append(":\n    Type: AWS::SQS::Queue\n    DependsOn: ").append(prev)
                    .append("\n    Properties:\n      QueueName: !Sub '${").append(prev).append("}-next'\n")
                    .append("      RedrivePolicy: {deadLetterTargetArn: !GetAtt ").append(prev)
                    .append(".Arn, maxReceiveCount: 3}\n      Tags: [{Key: before, Value: !Ref ").append(prev).append("}]\n");
        }
        return t.toString();
    }

    /** The baseline: the same files read into trees, nothing checked or resolved. */
    @Benchmark
    public void read(Blackhole bh) {
        TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT);
        for (Path t : templates) {
            bh.consume(reader.read(t.toString(), t));
        }
    }

    @Benchmark
    public void load(Blackhole bh) {
        for (Path t : templates) {
            try {
                bh.consume(CloudFormation.read(t, LoadOptions.DEFAULT));
            } catch (ModelLoadException e) {
                bh.consume(e);
            }
        }
    }

    /** Reading and loading one after the other, each half timed apart: the ratio load / read of an iteration. */
    @Benchmark
    public void readAndLoadInterleaved(Split split, Blackhole bh) {
        long start = Split.THREADS.getCurrentThreadCpuTime();
        read(bh);
        long mid = Split.THREADS.getCurrentThreadCpuTime();
        load(bh);
        long end = Split.THREADS.getCurrentThreadCpuTime();
        split.readCpuNanos += mid - start;
        split.loadCpuNanos += end - mid;
        split.calls++;
    }

    /** CPU time spent in each half of {@link #readAndLoadInterleaved}, per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Split {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long readCpuNanos;
        public long loadCpuNanos;
        public long calls;

        @Setup(Level.Iteration)
        public void clear() {
            readCpuNanos = 0;
            loadCpuNanos = 0;
            calls = 0;
        }
    }
}
