package org.invar.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.invar.RuleSet;
import org.invar.cli.Io;
import org.invar.cli.Main;
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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The phases of one check of a CloudFormation template, in the order a check runs them and in a
 * fresh JVM, as {@code bin/invar} runs one: so the figures include the JIT compiling as it goes,
 * which is what a user waits for. Each phase (the same as {@link TemplateLoadBenchmark}'s) is timed
 * by wall clock and by the CPU time of the thread that runs it (which leaves out the collector's
 * and the compilers' threads, and the load of a shared machine):
 * <ul>
 *   <li>{@code events}: snakeyaml-engine's event stream alone, nothing kept (YAML only; run
 *       alone with {@code events} as the second argument, so it does not warm the others);
 *   <li>{@code tree}: the template read into its node tree (events included);
 *   <li>{@code template}: the tree's sections (parameters, resources, outputs) taken apart;
 *   <li>{@code fill}: intrinsic functions resolved and resources mapped into the model builder;
 *   <li>{@code build}: the engine's derived facts and the frozen model;
 *   <li>{@code compile}: the standard library compiled (a check does this beside the load);
 *   <li>{@code evaluate}: the rules over the model.
 * </ul>
 * Then {@code check}, a whole {@code invar check --format json} in the same JVM, now warm.
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxNewSize=32m \
 *     -cp cli/target/invar.jar:benchmarks/target/benchmarks.jar org.invar.bench.LoadPhases big.yml
 * }</pre>
 */
public final class LoadPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    private LoadPhases() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        LoadPhases phases = new LoadPhases();
        if (args.length > 1 && args[1].equals("events")) {
            phases.time("events", () -> events(file));
        } else {
            phases.all(file);
        }
        System.out.printf("%-9s %8s %8s%n", "phase", "wall ms", "CPU ms");
        phases.nanos.forEach((phase, ns) -> System.out.printf("%-9s %8.0f %8.0f%n", phase, ns[0] / 1e6, ns[1] / 1e6));
    }

    private void all(Path file) {
        String name = file.toString();
        Node root = time("tree", () -> new TemplateReader(ReadLimits.DEFAULT).read(name, file));
        Template template = time("template", () -> Template.of(name, root));
        ModelBuilder builder = Model.builder();
        time("fill", () -> new StackLoader(ReadLimits.DEFAULT).load(template, file, LoadOptions.DEFAULT, builder));
        Model model = time("build", builder::build);
        RuleSet rules = time("compile", Stdlib::rules);
        Report report = time("evaluate", () -> rules.evaluate(model));
        int exit = time("check", () -> check(file));
        System.out.printf("%d entities, %d failing findings, %d unknown; the check exits %d%n",
                model.size(), report.violations().size(), report.unknowns().size(), exit);
    }

    /** Counts the events of a YAML file with the reader's settings of marks (line and column kept). */
    static long events(Path file) {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true)
                    .setCodePointLimit(Integer.MAX_VALUE).setBufferSize(64 * 1024).build();
            long n = 0;
            for (Event ignored : new Parse(settings).parseReader(in)) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A whole {@code invar check --format json FILE}, its report written to nowhere; the exit code. */
    static int check(Path file) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Io io = new Io(nowhere, nowhere, new ByteArrayInputStream(new byte[0]), false);
        return Main.run(io, "check", "--format", "json", file.toString());
    }

    private <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        nanos.put(phase, new long[] {System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu});
        return result;
    }
}
