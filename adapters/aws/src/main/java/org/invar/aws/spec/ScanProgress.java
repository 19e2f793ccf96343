package org.invar.aws.spec;

/**
 * Where a scan tells how it is going: one line per finished (account, region, service) and one
 * per call that was denied or failed. The command line prints to standard error; tests and
 * embedders pass their own sink or {@link #silent()}. Lines never hold credentials.
 *
 * <pre>{@code
 * List<String> lines = new ArrayList<>();
 * AwsScanSpec spec = AwsScanSpec.builder().region("eu-west-1").progress(lines::add).build();
 * }</pre>
 */
@FunctionalInterface
public interface ScanProgress {
    void report(String line);

    /** Prints each line on standard error, prefixed with {@code aws: }. */
    static ScanProgress stderr() {
        return line -> System.err.println("aws: " + line);
    }

    static ScanProgress silent() {
        return line -> {
        };
    }
}
