package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.aws.spec.AwsAccount;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.aws.spec.ScanLimits;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** Reading {@code aws:profile=P,region=R1,R2[,role=ARN]}, and saying clearly what is wrong with a bad one. */
class AwsScanSpecTest {
    private static final String ROLE_1 = "arn:aws:iam::123456789012:role/invar-read";
    private static final String ROLE_2 = "arn:aws:iam::210987654321:role/path/invar-read";

    private static AwsScanSpec parse(String text) {
        return AwsScanSpec.parse(text, LoadOptions.DEFAULT);
    }

    @Test
    void bareAwsIsTheDefaultCredentialsInTheGivenRegion() {
        AwsScanSpec spec = AwsScanSpec.parse("aws:", new LoadOptions(Map.of(), Optional.of("eu-west-1"),
                Optional.of("http://127.0.0.1:4566")));
        assertEquals(List.of(AwsAccount.DEFAULT), spec.accounts());
        assertEquals(List.of("eu-west-1"), spec.regions());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")), spec.endpoint());
        assertEquals(List.of(), parse("aws:").regions(), "no region: the SDK's default, found at scan time");
    }

    @Test
    void aProfileWithSeveralRegions() {
        AwsScanSpec spec = parse("aws:profile=prod,region=eu-west-1,eu-west-3");
        assertEquals(List.of(AwsAccount.profile("prod")), spec.accounts());
        assertEquals(List.of("eu-west-1", "eu-west-3"), spec.regions());
    }

    @Test
    void theSpecsRegionWinsOverTheOptions() {
        AwsScanSpec spec = AwsScanSpec.parse("aws:region=us-west-2", new LoadOptions(Map.of(),
                Optional.of("eu-west-1"), Optional.empty()));
        assertEquals(List.of("us-west-2"), spec.regions());
    }

    @Test
    void severalProfilesAreSeveralAccounts() {
        assertEquals(List.of(AwsAccount.profile("a"), AwsAccount.profile("b")),
                parse("aws:profile=a,b,region=us-east-1").accounts());
    }

    @Test
    void rolesAreAssumedWithTheOneProfile() {
        AwsScanSpec spec = parse("aws:profile=audit,role=" + ROLE_1 + "," + ROLE_2 + ",region=us-east-1");
        assertEquals(List.of(AwsAccount.role("audit", ROLE_1), AwsAccount.role("audit", ROLE_2)), spec.accounts());
        assertEquals(List.of(AwsAccount.role(null, ROLE_1)), parse("aws:role=" + ROLE_1).accounts());
    }

    @Test
    void timeoutBoundsEachCallAndDeadlineTheWholeScan() {
        ScanLimits limits = parse("aws:region=us-east-1,timeout=5,deadline=90").limits();
        assertEquals(java.time.Duration.ofSeconds(5), limits.apiCallTimeout());
        assertEquals(java.time.Duration.ofSeconds(5), limits.apiCallAttemptTimeout(), "no attempt outlasts its call");
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(90)), limits.scanDeadline());
        assertEquals(ScanLimits.DEFAULT, parse("aws:region=us-east-1").limits());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aws:regoin=us-east-1 | unknown key 'regoin'; expected profile, region, role, timeout, deadline or the bare"
                + " item organization",
        "aws:organization | an organization is scanned through one role, in each account: give role=NAME",
        "aws:organization,role=arn:aws:iam::123456789012:role/r | role 'arn:aws:iam::123456789012:role/r' is not a"
                + " role name such as invar-read",
        "aws:organization,role=r,profile=a,b | an organization is listed with the credentials of one profile",
        "aws:organization,role=r,role=s | an organization is scanned through one role, the same in each account,"
                + " not 2 (r, s): give role=NAME once",
        "aws:region= | region needs a value",
        "aws:timeout=0 | timeout '0' is not a number of seconds such as 30",
        "aws:deadline=5m | deadline '5m' is not a number of seconds such as 30",
        "aws:region=Mars | region 'Mars' is not a region name such as eu-west-3",
        "aws:role=admin | role 'admin' is not a role ARN such as arn:aws:iam::123456789012:role/invar-read",
        "aws:us-east-1 | 'us-east-1' has no key; expected key=value",
        "aws:=x | an item has '=' but no key",
        "aws:profile=a,b,role=arn:aws:iam::123456789012:role/r | roles are assumed with the credentials of one profile",
        "aws:profile=a b | profile 'a b' is not a profile name from ~/.aws/config",
    })
    void aMalformedSpecSaysWhatIsWrongAndWhatIsExpected(String spec, String message) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> parse(spec));
        assertTrue(e.getMessage().startsWith(spec + ": error: " + message), e.getMessage());
        assertTrue(e.getMessage().endsWith("(expected aws:profile=P,region=R1,R2[,role=ARN] or"
                + " aws:organization,role=NAME[,profile=P,region=R])"), e.getMessage());
    }

    @Test
    void anOrganizationIsListedByTheOneProfileAndScannedThroughTheNamedRole() {
        AwsScanSpec spec = parse("aws:organization,role=audit/invar-read,profile=mgmt,region=eu-west-1,eu-west-3");
        assertEquals(Optional.of("audit/invar-read"), spec.organizationRole());
        assertEquals(List.of(AwsAccount.profile("mgmt")), spec.accounts());
        assertEquals(List.of("eu-west-1", "eu-west-3"), spec.regions());
        AwsScanSpec last = parse("aws:region=us-east-1,role=invar-read,organization");
        assertEquals(Optional.of("invar-read"), last.organizationRole(), "the bare item anywhere");
        assertEquals(List.of(AwsAccount.DEFAULT), last.accounts());
        assertEquals(Optional.empty(), parse("aws:region=us-east-1").organizationRole());
    }

    @Test
    void theOptionsTimeoutsApplyWhereTheSpecGivesNone() {
        LoadOptions options = new LoadOptions(Map.of(), Optional.empty(), Optional.empty(),
                Optional.of(java.time.Duration.ofSeconds(7)), Optional.of(java.time.Duration.ofSeconds(120)), false);
        ScanLimits told = AwsScanSpec.parse("aws:region=us-east-1", options).limits();
        assertEquals(java.time.Duration.ofSeconds(7), told.apiCallTimeout());
        assertEquals(java.time.Duration.ofSeconds(7), told.apiCallAttemptTimeout());
        assertEquals(Optional.of(java.time.Duration.ofSeconds(120)), told.scanDeadline());
        ScanLimits own = AwsScanSpec.parse("aws:region=us-east-1,timeout=3,deadline=60", options).limits();
        assertEquals(java.time.Duration.ofSeconds(3), own.apiCallTimeout(), "the input's own wins");
        assertEquals(Optional.of(java.time.Duration.ofSeconds(60)), own.scanDeadline());
    }

    @Test
    void aBadEndpointIsRefused() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> AwsScanSpec.parse("aws:region=us-east-1",
                new LoadOptions(Map.of(), Optional.empty(), Optional.of("ftp://127.0.0.1/"))));
        assertTrue(e.getMessage().contains("--aws-endpoint 'ftp://127.0.0.1/' is not an http(s) URL"), e.getMessage());
    }

    @Test
    void theSpecsTextNamesNoCredentials() {
        AwsScanSpec spec = AwsScanSpec.builder().credentials(Scans.CREDENTIALS).region("us-east-1").build();
        assertFalse(spec.toString().contains(Scans.SECRET_KEY), spec.toString());
        assertFalse(spec.toString().contains(Scans.ACCESS_KEY), spec.toString());
        assertTrue(spec.toString().contains("credentials=given"), spec.toString());
    }

    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-3", "ap-southeast-2", "us-gov-west-1",
            "cn-north-1", "eu-central-2", "sa-east-1");
    private static final List<String> PROFILES = List.of("default", "prod", "team.dev", "ci@acme", "a_b-c/1");

    private static Gen<List<String>> some(List<String> pool, int min) {
        return lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(min, 4)
                .map(ix -> ix.stream().map(pool::get).distinct().toList());
    }

    @Test
    void whatIsWrittenIsWhatIsRead() {
        qt().forAll(some(PROFILES, 0), some(REGIONS, 0)).checkAssert((profiles, regions) -> {
            StringBuilder text = new StringBuilder("aws:");
            if (!profiles.isEmpty()) {
                text.append("profile=").append(String.join(",", profiles));
            }
            if (!regions.isEmpty()) {
                text.append(profiles.isEmpty() ? "" : ",").append("region=").append(String.join(",", regions));
            }
            AwsScanSpec spec = parse(text.toString());
            List<AwsAccount> accounts = profiles.isEmpty() ? List.of(AwsAccount.DEFAULT)
                    : profiles.stream().map(AwsAccount::profile).toList();
            assertEquals(accounts, spec.accounts(), text.toString());
            assertEquals(regions, spec.regions(), text.toString());
        });
    }
}
