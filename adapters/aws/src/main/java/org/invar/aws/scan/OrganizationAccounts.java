package org.invar.aws.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The accounts of an organisation, from {@code organizations:ListAccounts} (every page) with the
 * credentials of the management or a delegated administrator account. One JSON 1.1 call, signed
 * with the SDK's own SigV4 signer and sent on the scan's HTTP client, so the adapter needs no
 * Organizations client module. A failure is thrown as the SDK would ({@link AwsServiceException}
 * with the error code and status, {@link SdkClientException} for I/O), so {@link Calls} reports it
 * as any other call's.
 */
final class OrganizationAccounts {
    /**
     * One account of the listing: its id, name and state ({@code ACTIVE}, {@code SUSPENDED},
     * {@code PENDING_CLOSURE}, ...), from {@code State}, or from {@code Status}, which it replaces,
     * in older answers; "" when the answer has neither.
     */
    record Account(String id, String name, String status) {
        boolean active() {
            return status.equals("ACTIVE");
        }

        /** An account whose state the listing does not give is scanned: it may be active. */
        boolean mayBeActive() {
            return active() || status.isEmpty();
        }
    }

    private static final String TARGET = "AWSOrganizationsV20161128.ListAccounts";

    private OrganizationAccounts() {
    }

    /**
     * Lists every account. Organizations is global: its endpoint and signing region are those of
     * the partition ({@code us-east-1} for {@code aws}).
     */
    static List<Account> list(SdkHttpClient http, AwsCredentialsProvider credentials, String partition,
                              Optional<URI> endpoint) {
        String region = switch (partition) {
            case "aws-cn" -> "cn-northwest-1";
            case "aws-us-gov" -> "us-gov-west-1";
            default -> "us-east-1";
        };
        URI uri = endpoint.orElseGet(() -> URI.create("https://organizations." + region + ".amazonaws.com"
                + (partition.equals("aws-cn") ? ".cn" : "")));
        List<Account> accounts = new ArrayList<>();
        String token = null;
        do {
            String body = token == null ? "{}" : "{\"NextToken\":" + quoted(token) + "}";
            JsonNode page = callRetrying(http, credentials, region, uri, body);
            for (JsonNode a : page.field("Accounts").map(JsonNode::asArray).orElse(List.of())) {
                String state = text(a, "State");
                accounts.add(new Account(text(a, "Id"), text(a, "Name"), state.isEmpty() ? text(a, "Status") : state));
            }
            token = page.field("NextToken").filter(JsonNode::isString).map(JsonNode::asString).orElse(null);
        } while (token != null);
        return accounts;
    }

    private static JsonNode call(SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI uri,
                                 String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(uri)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", TARGET)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "organizations")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            byte[] answer;
            try (InputStream in = response.responseBody().map(InputStream.class::cast)
                    .orElseGet(() -> new ByteArrayInputStream(new byte[0]))) {
                answer = in.readAllBytes();
            }
            int status = response.httpResponse().statusCode();
            JsonNode json = parse(answer);
            if (status / 100 != 2) {
                String type = json.field("__type").filter(JsonNode::isString).map(JsonNode::asString).orElse("");
                // A type may carry its namespace: com.amazonaws.organizations#AccessDeniedException.
                String code = type.substring(type.indexOf('#') + 1);
                String message = json.field("message").or(() -> json.field("Message")).filter(JsonNode::isString)
                        .map(JsonNode::asString).orElse(null);
                throw AwsServiceException.builder().statusCode(status).message(message)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code.isEmpty() ? null : code)
                                .errorMessage(message).serviceName("Organizations").build())
                        .build();
            }
            return json;
        } catch (IOException e) {
            throw SdkClientException.create("organizations:ListAccounts could not be sent", e);
        }
    }

    /** Attempts of one page: the SDK's standard retry count, which a hand-made call does not get. */
    private static final int ATTEMPTS = 3;
    /** The SDK's backoff with jitter, from 100 ms. */
    private static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelay(Duration.ofMillis(100),
            Duration.ofSeconds(20));

    /**
     * {@link #call} again after a throttle ({@link ErrorClassifier#throttled}), a server error or an
     * I/O error, as the SDK's standard retries do; other failures at once.
     */
    private static JsonNode callRetrying(SdkHttpClient http, AwsCredentialsProvider credentials, String region,
                                         URI uri, String body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call(http, credentials, region, uri, body);
            } catch (AwsServiceException | SdkClientException e) {
                if (attempt >= ATTEMPTS || e instanceof AwsServiceException s
                        && !ErrorClassifier.throttled(s) && s.statusCode() < 500) {
                    throw e;
                }
                try {
                    Thread.sleep(BACKOFF.computeDelay(attempt).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static JsonNode parse(byte[] answer) {
        if (answer.length == 0) {
            return JsonNode.emptyObjectNode();
        }
        try {
            return JsonNode.parser().parse(answer);
        } catch (RuntimeException e) {
            throw SdkClientException.create("organizations:ListAccounts answered something other than JSON", e);
        }
    }

    private static String text(JsonNode account, String field) {
        return account.field(field).filter(JsonNode::isString).map(JsonNode::asString).orElse("");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
