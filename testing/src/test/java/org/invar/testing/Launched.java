package org.invar.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A fixture class run through the JUnit launcher: its tests, failed containers and report entries. */
record Launched(List<Outcome> tests, List<Outcome> containers, List<String> notes) {
    /** A test or container that finished (or was skipped: no status): its display name, status and failure message (or ""). */
    record Outcome(String name, TestExecutionResult.Status status, String message) {
        @Override
        public String toString() {
            return name + " " + status + (message.isEmpty() ? "" : ":\n" + message);
        }
    }

    static Launched run(Class<?> fixture) {
        return run(fixture, true);
    }

    /** Without {@code enabled}, as an IDE that runs every class would run it. */
    static Launched run(Class<?> fixture, boolean enabled) {
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(fixture));
        if (enabled) {
            builder.configurationParameter(ExtensionFixtures.LAUNCHED, "true");
        }
        LauncherDiscoveryRequest request = builder.build();
        Launched launched = new Launched(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                Outcome outcome = new Outcome(id.getDisplayName(), result.getStatus(),
                        result.getThrowable().map(Throwable::getMessage).orElse(""));
                if (id.isTest()) {
                    launched.tests().add(outcome);
                } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    launched.containers().add(outcome);
                }
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                launched.containers().add(new Outcome(id.getDisplayName(), null, "skipped: " + reason));
            }

            @Override
            public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                Map<String, String> values = entry.getKeyValuePairs();
                if (values.containsKey("invar")) {
                    launched.notes().add(values.get("invar"));
                }
            }
        });
        return launched;
    }
}
