package org.invar.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.invar.aws.FakeAws;
import org.invar.aws.LargeAccount;
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
 * group, over the seed scenario's network; {@code LargeAccount}) served on 127.0.0.1 by the
 * adapter's test endpoint, by this build's scanner ({@code head}) and, in the same run, by
 * another build's ({@code base}: the adapter jar named by {@code -Dinvar.aws.base.jar}, its
 * classes loaded first, the engine and SDK shared). Both are called alike, through reflection.
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

    @Param({"base", "head"})
    String build;

    private FakeAws fake;
    private ClassLoader loader;
    private Method read;
    private Object spec;
    private long scans;

    @Setup(Level.Trial)
    public void start() throws Exception {
        fake = LargeAccount.serve(FakeAws.start("seed"), ALBS, Set.of(7, 19, 31, 43, 55));
        loader = build.equals("head") ? AwsScanBenchmark.class.getClassLoader() : baseLoader();
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
            throw new IllegalStateException("the base scanner was not loaded from " + System.getProperty(BASE_JAR));
        }
    }

    /** The base jar's org.invar.aws classes first; everything else (engine, SDK, JMH) from this jar. */
    private static ClassLoader baseLoader() throws IOException {
        String jar = System.getProperty(BASE_JAR);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("-D" + BASE_JAR + "=<the base build's invar-adapter-aws jar> is needed, not "
                    + jar);
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

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%n%s: %d scans, %.1f requests a scan%n", build, scans, (double) fake.requestCount() / scans);
        fake.close();
    }
}
