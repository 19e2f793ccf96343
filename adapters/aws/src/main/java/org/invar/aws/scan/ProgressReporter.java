package org.invar.aws.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.invar.aws.spec.ScanProgress;

/**
 * Progress lines, failed calls and the count of calls per service, from every job's thread, one
 * at a time. A failure is kept once per reason (a denied DescribeTargetHealth fails once per
 * target group, alike) and is not printed here: whoever reads the scan reports each failed call
 * once ({@link org.invar.aws.AwsSource} as a note of the model), and the progress says how many
 * calls of each job failed.
 */
final class ProgressReporter {
    private final ScanProgress progress;
    private final Map<String, CallFailure> failures = new LinkedHashMap<>();
    /** Per service (the IAM prefix, {@code ec2}): calls made and calls failed. */
    private final Map<String, int[]> calls = new TreeMap<>();
    private String lastCounts = "";

    ProgressReporter(ScanProgress progress) {
        this.progress = progress;
    }

    synchronized void line(String text) {
        progress.report(text);
    }

    synchronized void failure(CallFailure f) {
        failures.putIfAbsent(f.reason(), f);
    }

    /** One call made (or not made, past the deadline), whether it failed. */
    synchronized void called(String action, boolean failed) {
        int colon = action.indexOf(':');
        int[] n = calls.computeIfAbsent(colon < 0 ? action : action.substring(0, colon), k -> new int[2]);
        n[0]++;
        if (failed) {
            n[1]++;
        }
    }

    /** {@code 40 calls: ec2 12, ecs 20 (2 failed), sts 1}. */
    synchronized String counts() {
        int total = calls.values().stream().mapToInt(n -> n[0]).sum();
        return total + (total == 1 ? " call: " : " calls: ") + calls.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + (e.getValue()[1] == 0 ? "" : " (" + e.getValue()[1]
                        + " failed)"))
                .collect(Collectors.joining(", "));
    }

    /** Prints the counts so far when they changed since the last time: a long job shows it is moving. */
    synchronized void tick() {
        String now = counts();
        if (!now.equals(lastCounts) && !calls.isEmpty()) {
            lastCounts = now;
            progress.report("so far " + now);
        }
    }

    /** The failures so far, one per reason, in the order they happened. */
    synchronized List<CallFailure> failures() {
        return List.copyOf(failures.values());
    }
}
