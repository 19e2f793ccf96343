package org.invar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.invar.RuleSet;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.read.TemplateReader;
import org.invar.cloudformation.stack.StackLoader;
import org.invar.cloudformation.template.Template;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Report;
import org.invar.spi.LoadOptions;
import org.invar.stdlib.Stdlib;
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
 * Each phase of a check of a large {@link BigTemplate} (application stacks of 17 resources), warm,
 * on its own: the set-up runs the phases before it once, and each benchmark times one phase from
 * their result. {@code check} is a whole {@code invar check --format json} in process, the report
 * included; what it takes beyond the phases is the report and the command line. {@link CpuTime}
 * counts the thread's CPU time beside the wall clock. {@link LoadPhases}
 * gives the same phases cold, as one run of {@code bin/invar} sees them. Run from the project root
 * with the command line on the class path:
 * {@code java -cp cli/target/invar.jar:benchmarks/target/benchmarks.jar org.openjdk.jmh.Main TemplateLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx2g"})
public class TemplateLoadBenchmark {
    /** 1,000 stacks: 3.3 MB of YAML, 17,000 resources. */
    @Param({"1000"})
    int stacks;

    @Param({"yml", "json"})
    String format;

    private Path file;
    private Node tree;
    private Template template;
    private Model model;
    private RuleSet rules;
    private ModelBuilder filled;

    @Setup(Level.Trial)
    public void writeTemplate() throws IOException {
        file = Files.createTempFile("big-template", "." + format);
        BigTemplate.main(new String[] {file.toString(), Integer.toString(stacks)});
        tree = new TemplateReader(ReadLimits.DEFAULT).read(file.toString(), file);
        template = Template.of(file.toString(), tree);
        model = fill().build();
        rules = Stdlib.rules();
    }

    /** A builder filled afresh for each build, out of the timing. */
    @Setup(Level.Iteration)
    public void fillBuilder() {
        filled = fill();
    }

    @TearDown(Level.Trial)
    public void deleteTemplate() throws IOException {
        Files.deleteIfExists(file);
    }

    private ModelBuilder fill() {
        ModelBuilder builder = Model.builder();
        new StackLoader(ReadLimits.DEFAULT).load(template, file, LoadOptions.DEFAULT, builder);
        return builder;
    }

    /** snakeyaml-engine's events alone (for JSON too: JSON is YAML), the floor of the YAML reader. */
    @Benchmark
    public long events(CpuTime cpu) {
        return cpu.time(() -> LoadPhases.events(file));
    }

    @Benchmark
    public Node tree(CpuTime cpu) {
        return cpu.time(() -> new TemplateReader(ReadLimits.DEFAULT).read(file.toString(), file));
    }

    @Benchmark
    public Template template(CpuTime cpu) {
        return cpu.time(() -> Template.of(file.toString(), tree));
    }

    @Benchmark
    public ModelBuilder fillModel(CpuTime cpu) {
        return cpu.time(() -> fill());
    }

    @Benchmark
    public Model build(CpuTime cpu) {
        return cpu.time(() -> filled.build());
    }

    @Benchmark
    public RuleSet compile(CpuTime cpu) {
        return cpu.time(() -> Stdlib.rules());
    }

    @Benchmark
    public Report evaluate(CpuTime cpu) {
        return cpu.time(() -> rules.evaluate(model));
    }

    @Benchmark
    public int check(CpuTime cpu) {
        return cpu.time(() -> LoadPhases.check(file));
    }
}
