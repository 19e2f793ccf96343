package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Makes the read-only calls of one (account, region, service) scan. A call that throws becomes a
 * {@link Fetched#failed} answer and a recorded failure: a denied or failed call never ends the
 * scan. Only SDK exceptions are caught; anything else is a bug and propagates.
 */
public final class Calls {
    private final ScanScope scope;
    private final ErrorClassifier classifier;
    private final ProgressReporter reporter;
    private final ScanDeadline deadline;
    private final List<CallFailure> failures = Collections.synchronizedList(new ArrayList<>());

    Calls(ScanScope scope, ErrorClassifier classifier, ProgressReporter reporter, ScanDeadline deadline) {
        this.scope = scope;
        this.classifier = classifier;
        this.reporter = reporter;
        this.deadline = deadline;
    }

    public ScanScope scope() {
        return scope;
    }

    /**
     * Runs a call; a paginated call must gather every page inside {@code call}, so an answer
     * is whole or a failure, never a part.
     */
    public <T> Fetched<T> fetch(String action, Supplier<T> call) {
        return fetch(action, call, Map.of());
    }

    /**
     * Runs a call whose error codes can be answers: S3 says "no such configuration" with
     * {@code NoSuchPublicAccessBlockConfiguration}, which means "not blocked", not a failure.
     */
    public <T> Fetched<T> fetch(String action, Supplier<T> call, Map<String, T> answers) {
        Optional<String> late = deadline.passed();
        if (late.isPresent()) {
            return fail(action, new CallFailure(scope, action, CallFailure.Outcome.TIMED_OUT, late.get()));
        }
        try {
            T answer = call.get();
            reporter.called(action, false);
            return Fetched.ok(answer);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (code != null && answers.containsKey(code)) {
                reporter.called(action, false);
                return Fetched.ok(answers.get(code));
            }
            return fail(action, classifier.classify(scope, action, e));
        } catch (SdkException e) {
            return fail(action, classifier.classify(scope, action, e));
        }
    }

    private <T> Fetched<T> fail(String action, CallFailure failure) {
        failures.add(failure);
        reporter.called(action, true);
        reporter.failure(failure);
        return Fetched.failed(failure);
    }

    public List<CallFailure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }
}
