package org.invar.aws.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.aws.ScanProgress;

/**
 * Progress lines and failed calls, from every job's thread, one at a time. A failure is reported
 * once per reason: a denied DescribeTargetHealth fails once per target group, alike.
 */
final class ProgressReporter {
    private final ScanProgress progress;
    private final Map<String, CallFailure> failures = new LinkedHashMap<>();

    ProgressReporter(ScanProgress progress) {
        this.progress = progress;
    }

    synchronized void line(String text) {
        progress.report(text);
    }

    synchronized void failure(CallFailure f) {
        if (failures.putIfAbsent(f.reason(), f) == null) {
            progress.report("warning: " + f.reason() + " [" + f.detail() + "]");
        }
    }

    /** The failures so far, one per reason, in the order they happened. */
    synchronized List<CallFailure> failures() {
        return List.copyOf(failures.values());
    }
}
