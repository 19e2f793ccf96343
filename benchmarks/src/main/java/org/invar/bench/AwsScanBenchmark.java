package org.invar.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.invar.aws.FakeAws;
import org.invar.aws.LargeAccount;
import org.invar.model.Model;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A live scan of an emulated account (sixty ALBs, each with a listener, a rule and an IP target
 * group, and two hundred Fargate services in two clusters registered in those groups, with their
 * tasks, over the seed scenario's network; {@code LargeAccount}) served on 127.0.0.1 by the
 * adapter's test endpoint, by this build's scanner ({@code head}) and, in the same run, by other
 * builds' (any other {@code build}: the adapter jar named by {@code -Dinvar.aws.base.jar.BUILD},
 * or by {@code -Dinvar.aws.base.jar} for {@code base}, its classes loaded first, the engine and
 * SDK shared). All are called alike, through reflection, and each scan's model is checked to hold
 * every service and load balancer node, so a build that reads less is not timed as faster.
 * Run from the project root:
 * {@code java -Dinvar.aws.base.jar=/tmp/awsbase/adapters/aws/target/invar-adapter-aws-0.1.0-SNAPSHOT.jar
 * -jar benchmarks/target/benchmarks.jar AwsScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AwsScanBenchmark {
    static final String BASE_JAR = "invar.aws.base.jar";
    private static final int ALBS = 60;
    private static final int SERVICES = 200;

    @Param({"base", "head"})
    String build;

    /**
     * Milliseconds the endpoint waits before each answer: 0 times the scanner's own work (and the
     * local endpoint's), 25 a call's round trip to a nearby AWS endpoint, an assumed figure.
     */
    @Param({"0", "25"})
    int latencyMs;

    private FakeAws fake;
    private ClassLoader loader;
    private Method read;
    private Object spec;
    private long scans;
    private final Map<String, Long> requests = new TreeMap<>();

    @Setup(Level.Trial)
    public void start() throws Exception {
        fake = LargeAccount.serve(FakeAws.start("seed"), ALBS, SERVICES, Set.of(7, 19, 31, 43, 55))
                .latency(Duration.ofMillis(latencyMs));
        loader = build.equals("head") ? AwsScanBenchmark.class.getClassLoader() : baseLoader(build);
        Class<?> aws = loader.loadClass("org.invar.aws.Aws");
        Class<?> specType = loader.loadClass("org.invar.aws.AwsScanSpec");
        Class<?> progress = loader.loadClass("org.invar.aws.ScanProgress");
        Object builder = specType.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        b.getMethod("endpoint", URI.class).invoke(builder, fake.endpoint());
        b.getMethod("credentials", software.amazon.awssdk.auth.credentials.AwsCredentialsProvider.class)
                .invoke(builder, StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAINVARBENCHMARK01",
                        "benchmarkSecret")));
        b.getMethod("region", String.class).invoke(builder, "us-east-1");
        b.getMethod("progress", progress).invoke(builder, progress.getMethod("silent").invoke(null));
        spec = b.getMethod("build").invoke(builder);
        read = aws.getMethod("read", specType);
        if (read.getDeclaringClass().getClassLoader() != loader && build.equals("base")) {
            throw new IllegalStateException("the base scanner was not loaded from " + baseJar(build));
        }
        checkModel(scan());
        fake.forgetRequests();
        scans = 0;
    }

    /** Every service and both nodes of every ALB read, with no warning: the scan is complete. */
    private void checkModel(Object scan) throws Exception {
        Model model = (Model) scan.getClass().getMethod("model").invoke(scan);
        List<?> warnings = (List<?>) scan.getClass().getMethod("warnings").invoke(scan);
        int services = model.table("ecs_service").ids().size();
        int nodes = model.table("lb_node").ids().size();
        if (services != SERVICES || nodes != 2 * ALBS || !warnings.isEmpty()) {
            throw new IllegalStateException(build + " read " + services + " services (of " + SERVICES + ") and " + nodes + " ALB nodes (" + 2 * ALBS + "), warnings " + warnings);
        }
    }

    private static String baseJar(String build) {
        return System.getProperty(build.equals("base") ? BASE_JAR : BASE_JAR + "." + build);
    }

    /** The base jar's org.invar.aws classes first; everything else (engine, SDK, JMH) from this jar. */
    private static ClassLoader baseLoader(String build) throws IOException {
        String jar = baseJar(build);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("-D" + (build.equals("base") ? BASE_JAR : BASE_JAR + "." + build)
                    + "=<that build's invar-adapter-aws jar> is needed, not " + jar);
        }
        return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, AwsScanBenchmark.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("org.invar.aws.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        try {
                            c = findClass(name);
                        } catch (ClassNotFoundException e) {
                            c = super.loadClass(name, false);
                        }
                    }
                    return c;
                }
            }
        };
    }

    @Benchmark
    public Object scan() throws Exception {
        scans++;
        return read.invoke(null, spec);
    }

    /** Counts this iteration's requests by service and forgets them, so the fake's record stays small. */
    @TearDown(Level.Iteration)
    public void count() {
        fake.requestsByService().forEach((service, n) -> requests.merge(service, n, Long::sum));
        fake.forgetRequests();
    }

    @TearDown(Level.Trial)
    public void stop() {
        long all = requests.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder line = new StringBuilder(String.format("%n%s, %d ms: %d scans, %.1f requests a scan:", build,
                latencyMs, scans, (double) all / scans));
        requests.forEach((service, n) -> line.append(String.format(" %s %.1f (%.0f%%)", service, (double) n / scans,
                100.0 * n / all)));
        System.out.println(line);
        fake.close();
    }
}
