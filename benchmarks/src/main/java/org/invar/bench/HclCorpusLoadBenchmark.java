package org.invar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.Terraform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading every directory of the corpus's Terraform module repositories that holds {@code .tf}
 * files ({@code $INVAR_CORPUS/terraform-hcl}, 85 of them: roots, modules, examples) as
 * configurations, given no variables; a directory invar refuses costs what it took to find out.
 * Only public API is called, so the same class measures an older build side by side (see
 * adapters/terraform/README.md, "Loading speed"). Run from the project root:
 * {@code INVAR_CORPUS=... java -jar benchmarks/target/benchmarks.jar HclCorpusLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class HclCorpusLoadBenchmark {
    private List<Path> directories;

    @Setup(Level.Trial)
    public void findDirectories() throws IOException {
        String corpus = System.getProperty("invar.corpus", System.getenv("INVAR_CORPUS"));
        if (corpus == null || !Files.isDirectory(Path.of(corpus, "terraform-hcl"))) {
            throw new IllegalStateException("set INVAR_CORPUS (or -Dinvar.corpus) to the corpus directory");
        }
        try (Stream<Path> walk = Files.walk(Path.of(corpus, "terraform-hcl"))) {
            directories = walk.filter(p -> p.toString().endsWith(".tf") && Files.isRegularFile(p))
                    .map(Path::getParent).distinct().sorted().toList();
        }
        int[] outcome = loadAll();
        System.out.printf("%n%d directories: %d load, %d refused, %d entities%n", directories.size(), outcome[0],
                outcome[1], outcome[2]);
    }

    @Benchmark
    public int[] loadEveryDirectory() throws IOException {
        return loadAll();
    }

    private int[] loadAll() throws IOException {
        int[] outcome = new int[3];
        for (Path dir : directories) {
            try {
                outcome[2] += Terraform.loadDirectory(dir, LoadOptions.DEFAULT).size();
                outcome[0]++;
            } catch (ModelLoadException e) {
                outcome[1]++;
            }
        }
        return outcome;
    }
}
