package org.invar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.invar.model.Model;
import org.invar.terraform.Terraform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading directories of {@code .tf} files of the shared corpus (its location in
 * {@code INVAR_CORPUS}), against the floor of reading the same files' bytes in the same run. It
 * uses only {@code Terraform.loadDirectory}, so the same source measures an older build too: run
 * it from two builds one after the other and compare each build's ratio to its own floor.
 * {@code java -jar benchmarks/target/benchmarks.jar CorpusDirectoryLoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CorpusDirectoryLoadBenchmark {
    @Param({"terraform-hcl/terraform-aws-metaflow", "terraform-hcl/terraform-aws-vpc-v5.21.0",
            "terraform-hcl/terraform-aws-alb-v9.17.0", "terraform-hcl/terraform-aws-ecs-v5.12.1/examples/fargate"})
    String dir;

    private Path path;
    private List<Path> files;

    @Setup
    public void find() throws IOException {
        String corpus = System.getenv("INVAR_CORPUS");
        if (corpus == null) {
            throw new IllegalStateException("set INVAR_CORPUS to the shared corpus");
        }
        path = Path.of(corpus).resolve(dir);
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
    }

    @Benchmark
    public long readBytesOnly() throws IOException {
        long n = 0;
        for (Path f : files) {
            n += Files.readAllBytes(f).length;
        }
        return n;
    }

    @Benchmark
    public Model load() throws IOException {
        return Terraform.loadDirectory(path);
    }
}
