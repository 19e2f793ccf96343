package org.invar.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.read.TemplateReader;
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
 * Reading a template whose one feature grows, YAML and JSON: the time per doubling of {@code mib}
 * should double, not quadruple (a template is untrusted input, and quadratic reading is a denial
 * of service). YAML shapes: one plain scalar on one line, the same double-quoted, a literal block
 * scalar of 80-character lines, a flow sequence {@code [1,1,...]} on one line, a flow mapping
 * {@code {k0: 1, k1: 1, ...}} on one line, flow sequences nested 200 deep (inside the default
 * bound of 256) repeated, a block mapping of many keys. JSON shapes ({@code json...}): one string,
 * an array of numbers and an object of many members, each on one line, arrays nested 200 deep
 * repeated, and an object of one member a line. {@link CpuTime} counts the thread's CPU time
 * beside the wall clock. Run from the project root:
 * {@code java -jar benchmarks/target/benchmarks.jar TemplateReadBenchmark -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class TemplateReadBenchmark {
    /** Room for the largest inputs' nodes; depth keeps its default bound. */
    private static final ReadLimits LIMITS = new ReadLimits(256L << 20, ReadLimits.DEFAULT.maxDepth(), 10_000, 50_000_000L, 16);
    /** Nesting just inside the default bound of 256, repeated: the reader's cost per level. */
    private static final int DEPTH = 200;

    @Param({"plainScalar", "quotedScalar", "blockScalar", "flowSequence", "flowMapping", "deepNesting", "manyKeys",
            "jsonString", "jsonArray", "jsonObject", "jsonNesting", "jsonManyKeys"})
    String shape;

    @Param({"1", "2", "4", "8"})
    int mib;

    private byte[] template;
    private String name;

    @Setup(Level.Trial)
    public void writeTemplate() {
        int size = mib << 20;
        if (shape.startsWith("json")) {
            name = "bench.json";
            String head = "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\", \"Metadata\": {\"Value\": ";
            String body = switch (shape) {
                case "jsonString" -> "\"" + "x".repeat(size) + "\"";
                case "jsonArray" -> "[" + "1,".repeat(size / 2) + "1]";
                case "jsonObject" -> members(size, "", " ");
                case "jsonNesting" -> "[" + ("[".repeat(DEPTH) + "]".repeat(DEPTH) + ",").repeat(size / (2 * DEPTH + 1)) + "1]";
                case "jsonManyKeys" -> members(size, "\n        ", "\n");
                default -> throw new IllegalArgumentException(shape);
            };
            template = (head + body + "}}}}\n").getBytes(StandardCharsets.UTF_8);
            return;
        }
        name = "bench.yml";
        String head = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Metadata:\n      Value: ";
        String body = switch (shape) {
            case "plainScalar" -> "x".repeat(size) + "\n";
            case "quotedScalar" -> "\"" + "x".repeat(size) + "\"\n";
            case "blockScalar" -> "|\n" + ("        " + "x".repeat(71) + "\n").repeat(size / 80);
            case "flowSequence" -> "[" + "1,".repeat(size / 2) + "1]\n";
            case "flowMapping" -> flowMapping(size);
            case "deepNesting" -> "[" + ("[".repeat(DEPTH) + "]".repeat(DEPTH) + ",").repeat(size / (2 * DEPTH + 1)) + "1]\n";
            case "manyKeys" -> manyKeys(size);
            default -> throw new IllegalArgumentException(shape);
        };
        template = (head + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String manyKeys(int size) {
        StringBuilder s = new StringBuilder(size + 64).append('\n');
        for (int i = 0; s.length() < size; i++) {
            s.append("        Key").append(i).append(": v\n");
        }
        return s.toString();
    }

    private static String flowMapping(int size) {
        StringBuilder s = new StringBuilder(size + 64).append('{');
        for (int i = 0; s.length() < size; i++) {
            s.append('k').append(i).append(": 1, ");
        }
        return s.append("z: 1}\n").toString();
    }

    /** A JSON object of distinct members, each after {@code before}, closed after {@code last}. */
    private static String members(int size, String before, String last) {
        StringBuilder s = new StringBuilder(size + 64).append('{');
        for (int i = 0; s.length() < size; i++) {
            s.append(before).append("\"k").append(i).append("\": 1,");
        }
        return s.append(before).append("\"z\": 1").append(last).append('}').toString();
    }

    @Benchmark
    public Node read(CpuTime cpu) {
        return cpu.time(() -> new TemplateReader(LIMITS).read(name, template));
    }
}
