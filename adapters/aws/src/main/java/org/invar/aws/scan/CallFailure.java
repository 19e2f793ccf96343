package org.invar.aws.scan;

/**
 * A read-only call that gave no answer: denied, throttled past the retries, timed out, or
 * failed otherwise. Its {@link #reason()} is what the unknown values it leaves carry. Built from
 * error codes and exception types only, never from messages, so no credential or signature can
 * leak into it.
 *
 * @param action the IAM action, such as {@code ecs:DescribeServices}
 * @param detail the error code and HTTP status, or the cause's type
 */
public record CallFailure(ScanScope scope, String action, Outcome outcome, String detail) {

    /** How a call failed. */
    public enum Outcome {
        DENIED("denied"),
        THROTTLED("throttled past the retries"),
        TIMED_OUT("timed out"),
        UNREACHABLE("could not reach the endpoint"),
        NO_CREDENTIALS("failed"),
        FAILED("failed");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * {@code ecs:DescribeServices denied in eu-west-3}; other outcomes add their detail:
     * {@code ec2:DescribeSubnets timed out in us-east-1 (no answer within 2s)}.
     */
    public String reason() {
        String base = action + " " + outcome.words() + " " + scope.where();
        return outcome == Outcome.DENIED || detail.isEmpty() ? base : base + " (" + detail + ")";
    }

    /** Whether the failure concerns the account as a whole, so its other calls would fail alike. */
    public boolean accountWide() {
        return outcome == Outcome.UNREACHABLE || outcome == Outcome.NO_CREDENTIALS;
    }
}
