package org.invar.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.invar.model.Model;
import org.invar.terraform.Terraform;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a large Terraform plan ({@link LargePlan}: 10 and 100 MB) into a model, against the
 * floor of any streaming reader in the same run: Jackson's tokenizer passing over the same file
 * and doing nothing with it. Run from the project root:
 * {@code java -jar benchmarks/target/benchmarks.jar PlanLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanLoadBenchmark {
    private static final JsonFactory JSON = new JsonFactory();

    /** Copies of the catalog plan: 120 make 10 MB, 1,200 make 100 MB. */
    @Param({"120", "1200"})
    int stacks;

    private Path plan;

    @Setup(Level.Trial)
    public void writePlan() throws IOException {
        plan = Files.createTempFile("invar-large-plan", ".json");
        long size = LargePlan.write(LargePlan.CATALOG, stacks, plan);
        Model model = Terraform.loadPlan(plan);
        System.out.printf("%n%d stacks: %.1f MB, %d entities%n", stacks, size / 1e6, model.size());
        if (model.table("subnet").size() != 4 * stacks) {
            throw new IllegalStateException("expected " + 4 * stacks + " subnets, got " + model.table("subnet").size());
        }
    }

    @TearDown(Level.Trial)
    public void deletePlan() throws IOException {
        Files.deleteIfExists(plan);
    }

    @Benchmark
    public long tokensOnly() throws IOException {
        long tokens = 0;
        try (JsonParser p = JSON.createParser(plan.toFile())) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public Model load() throws IOException {
        return Terraform.loadPlan(plan);
    }
}
