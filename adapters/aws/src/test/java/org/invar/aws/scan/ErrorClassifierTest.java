package org.invar.aws.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import org.invar.aws.spec.ScanLimits;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** What each kind of SDK failure becomes, read from codes and types, never from messages. */
class ErrorClassifierTest {
    private static final ScanScope SCOPE = new ScanScope("123456789012", "eu-west-3", false);
    private final ErrorClassifier classifier = new ErrorClassifier(new ScanLimits(Duration.ofSeconds(30),
            Duration.ofMillis(1500), 4, Optional.empty()));

    private static AwsServiceException service(String code, int status, String message) {
        return AwsServiceException.builder().statusCode(status).message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }

    @Test
    void deniedCallsReadAsTheIssueSays() {
        CallFailure f = classifier.classify(SCOPE, "ecs:DescribeServices",
                service("AccessDeniedException", 400, "User: x is not authorized"));
        assertEquals(CallFailure.Outcome.DENIED, f.outcome());
        assertEquals("ecs:DescribeServices denied in eu-west-3", f.reason());
        assertEquals("AccessDeniedException, HTTP 400", f.detail());
        assertEquals(CallFailure.Outcome.DENIED, classifier.classify(SCOPE, "ec2:DescribeVpcs",
                service("UnauthorizedOperation", 403, "")).outcome());
    }

    @Test
    void otherOutcomesCarryTheirDetailInTheReason() {
        assertEquals("rds:DescribeDBInstances throttled past the retries in eu-west-3 (Throttling, HTTP 400)",
                classifier.classify(SCOPE, "rds:DescribeDBInstances", service("Throttling", 400, "Rate exceeded")).reason());
        assertEquals("ec2:DescribeVpcs failed in eu-west-3 (credentials rejected: AuthFailure, HTTP 401)",
                classifier.classify(SCOPE, "ec2:DescribeVpcs", service("AuthFailure", 401, "")).reason());
        assertEquals("ec2:DescribeVpcs failed in eu-west-3 (InternalError, HTTP 500)",
                classifier.classify(SCOPE, "ec2:DescribeVpcs", service("InternalError", 500, "")).reason());
        assertEquals("ec2:DescribeVpcs timed out in eu-west-3 (no answer within 30s, the call's timeout)",
                classifier.classify(SCOPE, "ec2:DescribeVpcs", ApiCallTimeoutException.create(30_000)).reason());
        assertEquals("ec2:DescribeVpcs could not reach the endpoint in eu-west-3 (ConnectException)",
                classifier.classify(SCOPE, "ec2:DescribeVpcs", SdkClientException.create("Unable to execute HTTP request",
                        new ConnectException("Connection refused"))).reason());
    }

    @Test
    void messagesNeverReachTheReason() {
        String secretish = "Credential=AKIAEXAMPLE/20240101/eu-west-3/ec2/aws4_request SignedHeaders=host";
        CallFailure f = classifier.classify(SCOPE, "ec2:DescribeVpcs", service("SignatureDoesNotMatch", 403, secretish));
        assertEquals("ec2:DescribeVpcs failed in eu-west-3 (credentials rejected: SignatureDoesNotMatch, HTTP 403)",
                f.reason());
        assertEquals(true, f.accountWide());
    }
}
