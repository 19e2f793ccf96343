package org.invar.aws.scan;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.invar.aws.spec.ScanLimits;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK clients of a scan, all alike: one shared URLConnection HTTP client, the
 * adaptive retry mode (the standard mode's backoff with jitter, and a client-side rate that slows
 * down on throttling), the call and attempt timeouts
 * of {@link ScanLimits}, and the endpoint override when one is given.
 */
final class ClientFactory implements AutoCloseable {
    private final SdkHttpClient http;
    private final ScanLimits limits;
    private final Optional<URI> endpoint;

    ClientFactory(ScanLimits limits, Optional<URI> endpoint) {
        this.limits = limits;
        this.endpoint = endpoint;
        // The socket timeout backs up the attempt timeout for a server that accepts and then stalls.
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(min(limits.apiCallAttemptTimeout(), Duration.ofSeconds(10)))
                .socketTimeout(limits.apiCallAttemptTimeout())
                .build();
    }

    /** The HTTP client every SDK client of the scan shares (for the one call made without an SDK client). */
    SdkHttpClient http() {
        return http;
    }

    Optional<URI> endpoint() {
        return endpoint;
    }

    Ec2Client ec2(AwsCredentialsProvider credentials, String region) {
        return configure(Ec2Client.builder(), credentials, region).build();
    }

    ElasticLoadBalancingV2Client elb(AwsCredentialsProvider credentials, String region) {
        return configure(ElasticLoadBalancingV2Client.builder(), credentials, region).build();
    }

    EcsClient ecs(AwsCredentialsProvider credentials, String region) {
        return configure(EcsClient.builder(), credentials, region).build();
    }

    AutoScalingClient autoScaling(AwsCredentialsProvider credentials, String region) {
        return configure(AutoScalingClient.builder(), credentials, region).build();
    }

    ApplicationAutoScalingClient applicationAutoScaling(AwsCredentialsProvider credentials, String region) {
        return configure(ApplicationAutoScalingClient.builder(), credentials, region).build();
    }

    RdsClient rds(AwsCredentialsProvider credentials, String region) {
        return configure(RdsClient.builder(), credentials, region).build();
    }

    /** Path-style with an endpoint override (bucket names are not host names there); cross-region otherwise. */
    S3Client s3(AwsCredentialsProvider credentials, String region) {
        return configure(S3Client.builder(), credentials, region)
                .forcePathStyle(endpoint.isPresent())
                .crossRegionAccessEnabled(endpoint.isEmpty())
                .build();
    }

    StsClient sts(AwsCredentialsProvider credentials, String region) {
        return configure(StsClient.builder(), credentials, region).build();
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
            B builder, AwsCredentialsProvider credentials, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(o -> {
                    o.apiCallTimeout(limits.apiCallTimeout()).apiCallAttemptTimeout(limits.apiCallAttemptTimeout());
                    if (limits.retryBaseDelay().isPresent()) {
                        Duration base = limits.retryBaseDelay().get();
                        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(base, base.multipliedBy(20));
                        o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .backoffStrategy(backoff).throttlingBackoffStrategy(backoff).build());
                    } else {
                        // Adaptive: the standard mode's attempts and backoff, and a client-side rate
                        // that slows down when the service throttles, so a large account's many
                        // DescribeTargetHealth calls back off together instead of each retrying alone.
                        o.retryStrategy(RetryMode.ADAPTIVE_V2);
                    }
                });
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        http.close();
    }
}
