package org.invar.aws.scan;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.invar.aws.spec.ScanLimits;
import org.invar.aws.scan.CallFailure.Outcome;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns an SDK exception into a {@link CallFailure}. Only error codes, HTTP statuses and
 * exception types are read: messages can quote request headers, and those hold the access key.
 */
final class ErrorClassifier {
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "UnauthorizedAccess", "AuthorizationError", "Forbidden", "AllAccessDisabled");
    private static final Set<String> CREDENTIALS = Set.of("AuthFailure", "InvalidClientTokenId",
            "UnrecognizedClientException", "SignatureDoesNotMatch", "InvalidAccessKeyId", "ExpiredToken",
            "ExpiredTokenException", "InvalidToken", "IncompleteSignature");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestThrottledException", "TooManyRequestsException", "RequestLimitExceeded", "SlowDown",
            "RequestThrottled", "ProvisionedThroughputExceededException", "BandwidthLimitExceeded",
            "PriorRequestNotComplete", "EC2ThrottledException", "TransactionInProgressException");

    private final ScanLimits limits;

    ErrorClassifier(ScanLimits limits) {
        this.limits = limits;
    }

    CallFailure classify(ScanScope scope, String action, SdkException e) {
        if (e instanceof AwsServiceException s) {
            String code = s.awsErrorDetails() != null && s.awsErrorDetails().errorCode() != null
                    ? s.awsErrorDetails().errorCode() : "";
            int status = s.statusCode();
            String detail = (code.isEmpty() ? "no error code" : code) + ", HTTP " + status;
            if (DENIED.contains(code) || (code.isEmpty() && status == 403)) {
                return new CallFailure(scope, action, Outcome.DENIED, detail);
            }
            if (CREDENTIALS.contains(code)) {
                return new CallFailure(scope, action, Outcome.NO_CREDENTIALS, "credentials rejected: " + detail);
            }
            if (throttled(s)) {
                return new CallFailure(scope, action, Outcome.THROTTLED, detail);
            }
            return new CallFailure(scope, action, Outcome.FAILED, detail);
        }
        if (e instanceof ApiCallTimeoutException) {
            return new CallFailure(scope, action, Outcome.TIMED_OUT,
                    "no answer within " + seconds(limits.apiCallTimeout()) + ", the call's timeout");
        }
        if (e instanceof ApiCallAttemptTimeoutException || has(e, SocketTimeoutException.class)) {
            return new CallFailure(scope, action, Outcome.TIMED_OUT,
                    "no answer within " + seconds(limits.apiCallAttemptTimeout()) + " on any attempt");
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class)
                || has(e, NoRouteToHostException.class)) {
            return new CallFailure(scope, action, Outcome.UNREACHABLE, rootType(e));
        }
        if (aboutCredentials(e)) {
            return new CallFailure(scope, action, Outcome.NO_CREDENTIALS, "no credentials for " + scope.account());
        }
        return new CallFailure(scope, action, Outcome.FAILED, rootType(e));
    }

    /** Whether the service answered that it is throttling the caller. */
    static boolean throttled(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code != null && THROTTLED.contains(code) || e.statusCode() == 429;
    }

    // The SDK reports a provider chain that found nothing with a plain SdkClientException; its
    // message is the only sign. It is read to decide, never copied.
    private static boolean aboutCredentials(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("credentials")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootType(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }
}
