package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.Invar;
import org.invar.aws.spec.AwsAccount;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.aws.spec.ScanLimits;
import org.invar.model.json.ModelJson;
import org.invar.report.Report;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials are used (every call is signed with them) and never shown: not in the model, the
 * warnings, the progress lines, a report, an exception message, or the spec's text, whatever
 * went wrong. Profiles are read from the profile files the SDK reads.
 */
class CredentialsTest {
    private static final List<String> SECRETS = List.of(Scans.SECRET_KEY,
            "invarRoleSecret/NeverPrinted+Zq8Lm3Xv5Tb9Nw2Pk", "invarRoleSessionToken//NeverPrinted",
            "profileSecret/NeverShown+7Hd");

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("role", "inventory", "seed");
    }

    @AfterEach
    void stop() {
        fake.close();
        System.clearProperty("aws.sharedCredentialsFile");
        System.clearProperty("aws.configFile");
    }

    private void look(AwsScan scan) {
        seen.add(ModelJson.write(scan.model()));
        scan.warnings().forEach(w -> seen.add(w.toString() + " " + w.detail()));
        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        report.unknowns().forEach(f -> seen.add(f.toString()));
        report.violations().forEach(f -> seen.add(f.toString()));
    }

    private void look(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            seen.add(String.valueOf(t.getMessage()));
            seen.add(t.toString());
        }
    }

    @Test
    void noSecretShowsWhateverGoesWrong() {
        fake.deny("ecs:DescribeServices").deny("s3:GetBucketVersioning").throttle("rds:DescribeDBInstances", 100)
                .delay("ec2:DescribeNatGateways", Duration.ofSeconds(8));
        ScanLimits shortTimeouts = Scans.QUICK.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));
        AwsScanSpec spec = Scans.spec(fake, progress).limits(shortTimeouts).build();
        seen.add(spec.toString());
        look(Aws.read(spec));
        look(Aws.read(Scans.spec(fake, progress).limits(shortTimeouts).account(AwsAccount.role(null,
                "arn:aws:iam::123456789012:role/invar-read")).build()));
        fake.deny("sts:GetCallerIdentity").deny("ec2:DescribeAvailabilityZones").deny("ec2:DescribeVpcs")
                .deny("ec2:DescribeSubnets").deny("ec2:DescribeInstances").deny("elasticloadbalancing:DescribeLoadBalancers")
                .deny("elasticloadbalancing:DescribeTargetGroups").deny("ecs:ListClusters")
                .deny("autoscaling:DescribeAutoScalingGroups").deny("s3:ListAllMyBuckets");
        look(assertThrows(ModelLoadException.class,
                () -> Aws.read(Scans.spec(fake, progress).limits(shortTimeouts).build())));
        seen.addAll(progress.all());

        assertTrue(seen.size() > 20, "there was plenty to look at");
        assertTrue(String.join("\n", seen).contains("denied"), "the failures are in what was looked at");
        for (String text : seen) {
            for (String secret : SECRETS) {
                assertFalse(text.contains(secret), "a secret in: " + text);
            }
        }
        assertTrue(fake.requests().stream().allMatch(r -> !r.body().contains(Scans.SECRET_KEY)
                && r.headers().toString().contains(Scans.ACCESS_KEY) || r.action().startsWith("ec2:")
                || r.headers().toString().contains("ASIAINVARROLEEXAMPLE")), "calls are signed, secrets never sent");
    }

    @Test
    void aDeniedCallerIdentityLeavesTheAccountUnknownAndTheScanGoesOn() {
        fake.deny("sts:GetCallerIdentity");
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of("sts:GetCallerIdentity denied in us-east-1"),
                scan.warnings().stream().map(ScanWarning::reason).toList());
        ModelView m = new ModelView(scan.model());
        assertEquals(2, m.ids("subnet").size(), "the scan went on");
        assertEquals("us-east-1a (use1-az1) in account unknown (default credentials)", m.origin("az", "use1-az1"));
    }

    @Test
    void aNamedProfileIsReadFromTheProfileFile(@TempDir Path dir) throws IOException {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[invar-test]\naws_access_key_id = AKIAPROFILEEXAMPLE01\n"
                + "aws_secret_access_key = profileSecret/NeverShown+7Hd\n");
        Files.writeString(dir.resolve("config"), "[profile invar-test]\nregion = us-east-1\n");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        LoadOptions options = new LoadOptions(Map.of(), Optional.empty(), Optional.of(fake.endpoint().toString()));
        var model = ModelSources.of(List.of(new AwsSource(progress.sink())))
                .read(ModelInput.of("aws:profile=invar-test"), options);
        assertEquals(2, new ModelView(model).ids("subnet").size(), "the profile's region was used");
        assertTrue(fake.requests().stream().allMatch(r -> r.headers().get("Authorization").get(0)
                .contains("Credential=AKIAPROFILEEXAMPLE01/")), "every call was signed by the profile");
    }

    @Test
    void aProfileWithoutCredentialsEndsTheScanWithoutAnyCall(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("credentials"), "[someone-else]\naws_access_key_id = AKIAOTHEREXAMPLE0001\n"
                + "aws_secret_access_key = profileSecret/NeverShown+7Hd\n");
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        AwsScanSpec spec = AwsScanSpec.builder().account(AwsAccount.profile("nobody")).region("us-east-1")
                .endpoint(fake.endpoint()).limits(Scans.QUICK).progress(progress.sink()).build();
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Aws.read(spec));
        assertEquals("aws: error: nothing could be read: sts:GetCallerIdentity failed in us-east-1 "
                + "(no credentials for profile nobody)", e.getMessage());
        assertEquals(List.of(), fake.requests());
        look(e);
        seen.forEach(t -> assertFalse(t.contains("profileSecret"), t));
    }
}
