package org.invar.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.aws.spec.ScanLimits;
import org.invar.aws.spec.ScanProgress;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Specs that scan the fake endpoint with dummy credentials, tiny retry delays (throttling tests
 * stay fast) and a quiet, recorded progress. Timeouts are generous so a busy machine does not fail
 * a call; the timeout tests set short ones.
 */
final class Scans {
    static final String ACCESS_KEY = "AKIAINVARTESTEXAMPLE";
    /** A secret no output may ever show: tests look for it everywhere. */
    static final String SECRET_KEY = "invarTestSecret/DoNotLeak+9f3kQ2mZ7xW1vB8nR4tY6u";
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    static final ScanLimits QUICK = new ScanLimits(Duration.ofSeconds(20), Duration.ofSeconds(10), 4,
            java.util.Optional.of(Duration.ofMillis(5)));

    private Scans() {
    }

    /** Progress lines, kept for assertions instead of printed. */
    static final class Lines {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        ScanProgress sink() {
            return lines::add;
        }

        List<String> all() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }

    static AwsScanSpec.Builder spec(FakeAws fake, Lines progress) {
        return AwsScanSpec.builder()
                .endpoint(fake.endpoint())
                .credentials(CREDENTIALS)
                .region("us-east-1")
                .limits(QUICK)
                .progress(progress.sink());
    }

    static AwsScan read(FakeAws fake, Lines progress) {
        return Aws.read(spec(fake, progress).build());
    }
}
