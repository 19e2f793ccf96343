package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.aws.spec.AwsAccount;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several regions scanned at once on a bounded pool, and accounts reached through an assumed role. */
class AccountsAndRegionsTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/invar-read";

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("role", "seed").region("eu-west-3", "paris");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void eachRegionHasItsOwnZonesAndTheScanStaysWithinItsPool() {
        AwsScan scan = Aws.read(Scans.spec(fake, progress).region("eu-west-3")
                .limits(Scans.QUICK.withConcurrency(2)).build());
        assertEquals(List.of(), scan.warnings());
        ModelView m = new ModelView(scan.model());
        assertEquals(List.of("us-east-1", "eu-west-3"), m.ids("region"));
        assertEquals(List.of("euw3-az1"), m.related("region", "eu-west-3", "az"));
        assertEquals(List.of("use1-az1", "use1-az2"), m.related("region", "us-east-1", "az"));
        assertEquals(List.of("euw3-az1"), m.related("subnet", "subnet-0fff0000000000009", "az"));
        assertEquals("arn:aws:ec2:eu-west-3:123456789012:subnet/subnet-0fff0000000000009",
                m.origin("subnet", "subnet-0fff0000000000009"));
        assertTrue(progress.all().get(0).contains("(15 jobs)"), progress.all().get(0));
        assertTrue(fake.maxInFlight() <= 2, "at most 2 calls at once, saw " + fake.maxInFlight());
    }

    @Test
    void anAssumedRoleSignsEveryCallWithItsOwnCredentials() {
        AwsScan scan = Aws.read(Scans.spec(fake, progress).account(AwsAccount.role(null, ROLE)).build());
        assertEquals(List.of(), scan.warnings());
        assertEquals(1, fake.count("sts:AssumeRole"));
        FakeAws.Request assume = fake.requests().stream().filter(r -> r.action().equals("sts:AssumeRole"))
                .findFirst().orElseThrow();
        assertEquals(ROLE, assume.params().get("RoleArn"));
        assertEquals("invar-scan", assume.params().get("RoleSessionName"));
        assertTrue(assume.headers().get("Authorization").get(0).contains("Credential=" + Scans.ACCESS_KEY + "/"),
                "the role is assumed with the base credentials");
        FakeAws.Request vpcs = fake.requests().stream().filter(r -> r.action().equals("ec2:DescribeVpcs"))
                .findFirst().orElseThrow();
        assertTrue(vpcs.headers().get("Authorization").get(0).contains("Credential=ASIAINVARROLEEXAMPLE/"),
                "the scan is signed by the role");
        assertEquals(2, new ModelView(scan.model()).ids("subnet").size());
    }

    @Test
    void aRefusedRoleEndsTheScanOfThatAccountWithTheReason() {
        fake.deny("sts:AssumeRole");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Aws.read(Scans.spec(fake, progress).account(AwsAccount.role(null, ROLE)).build()));
        assertEquals("aws: error: nothing could be read: sts:AssumeRole denied in us-east-1", e.getMessage());
        assertEquals(0, fake.count("ec2:DescribeVpcs"));
    }

    @Test
    void withSeveralAccountsReasonsNameTheAccount() {
        fake.deny("ecs:ListClusters");
        AwsScan scan = Aws.read(Scans.spec(fake, progress).account(AwsAccount.profile("a"))
                .account(AwsAccount.role(null, ROLE)).build());
        assertTrue(scan.warnings().stream().map(ScanWarning::reason).toList()
                        .contains("ecs:ListClusters denied in us-east-1 for account 123456789012"),
                scan.warnings().toString());
    }
}
