package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws:organization,role=invar-read} over moto's answers (src/test/moto/record_organization.py):
 * an organisation of four accounts, listed two a page. The management account 123456789012 runs
 * the seed scenario (an ALB whose zone b has no healthy target), prod the inventory scenario (two
 * DB instances, one not multi-AZ), staging's role cannot be assumed (a trust policy that does not
 * name the caller, injected: moto does not enforce them), retired is suspended.
 */
class OrganizationTest {
    static final String MANAGEMENT = "123456789012";
    static final String PROD = "937037177584";
    static final String STAGING = "636354188295";
    static final String RETIRED = "551847074754";
    private static final String CRITICAL = "every lb_node has healthy_targets >= 1";
    private static final String DATABASES = "every db_instance has multi_az";
    private static final String LOAD_BALANCERS = "every load_balancer has scheme == \"internal\"";

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("organization")
                .account("ASIARZPUZDIKEUBG6INQ", MANAGEMENT, "seed")
                .account("ASIA5UK6EULYMJUC5ETV", PROD, "inventory");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private AwsScan scanOrganization() {
        return Aws.read(Scans.spec(fake, progress).organization("invar-read").build());
    }

    @Test
    void everyActiveAccountIsScannedThroughItsRoleAndTheSuspendedOneIsNoted() {
        fake.denyRole("arn:aws:iam::" + STAGING + ":role/invar-read");
        ModelBuilder builder = Model.builder();
        List<ScanWarning> warnings = Aws.fill(Scans.spec(fake, progress).organization("invar-read").build(), builder);

        assertEquals(2, fake.count("organizations:ListAccounts"), "two pages");
        Set<String> assumed = fake.requests().stream().filter(r -> r.action().equals("sts:AssumeRole"))
                .map(r -> r.params().get("RoleArn") + " " + r.params().get("RoleSessionName"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("arn:aws:iam::" + MANAGEMENT + ":role/invar-read invar-scan",
                "arn:aws:iam::" + PROD + ":role/invar-read invar-scan",
                "arn:aws:iam::" + STAGING + ":role/invar-read invar-scan"), assumed, "not the suspended account");
        assertEquals(List.of("aws: account " + RETIRED + " (retired) of the organization not scanned: it is SUSPENDED"),
                builder.notes());
        assertEquals(List.of("sts:AssumeRole denied in us-east-1 for account " + STAGING),
                warnings.stream().map(ScanWarning::reason).toList());
    }

    /** The second page of the listing with each account's state given only as {@code field}, or not at all. */
    private void secondPageWithStateAs(String field) throws java.io.IOException {
        String page = "organizations/ListAccounts.eyJwYXJhbWV0ZXJDaGVja3N1bSI6IDg3NTQxNDM4NDUzMTAsICJ1bmlxdWVBdHRyaWJ1dGVzIjogIjE3OTY2ODYyOTEuMjgyNzkyIn0=.json";
        String text;
        try (java.io.InputStream in = OrganizationTest.class.getResourceAsStream("/aws/organization/" + page)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String other : List.of("Status", "State")) {
            if (!other.equals(field)) {
                text = text.replaceAll(", \"" + other + "\": \"[A-Z_]+\"", "");
            }
        }
        fake.answer(page, text);
    }

    @Test
    void aThrottledListingIsAskedAgain() {
        fake.throttle("organizations:ListAccounts", 2);
        ModelBuilder builder = Model.builder();
        Aws.fill(Scans.spec(fake, progress).organization("invar-read").build(), builder);
        assertEquals(4, fake.count("organizations:ListAccounts"), "two throttled answers, then two pages");
        assertEquals(List.of("aws: account " + RETIRED + " (retired) of the organization not scanned: it is SUSPENDED"),
                builder.notes());
    }

    @Test
    void theStateIsReadFromStateOrFromTheRetiredStatusAndAnAccountWithNeitherIsScanned() throws Exception {
        for (String field : List.of("State", "Status", "neither")) {
            secondPageWithStateAs(field);
            fake.forgetRequests();
            ModelBuilder builder = Model.builder();
            Aws.fill(Scans.spec(fake, progress).organization("invar-read").build(), builder);
            boolean retiredAssumed = fake.requests().stream().anyMatch(r -> r.action().equals("sts:AssumeRole")
                    && String.valueOf(r.params().get("RoleArn")).contains(RETIRED));
            if (field.equals("neither")) {
                assertTrue(retiredAssumed, "an account whose state is not given may be active: it is scanned");
            } else {
                assertEquals(List.of("aws: account " + RETIRED + " (retired) of the organization not scanned: it is"
                        + " SUSPENDED"), builder.notes(), field);
                assertTrue(!retiredAssumed, field);
            }
        }
    }

    @Test
    void anAccountWhoseRoleCannotBeAssumedIsUnknownAndTheOthersVerdictsStay() {
        // Without the denial, staging's role is assumed and its account answers with nothing.
        AwsScan whole = scanOrganization();
        fake.denyRole("arn:aws:iam::" + STAGING + ":role/invar-read");
        AwsScan scan = scanOrganization();
        String reason = "sts:AssumeRole denied in us-east-1 for account " + STAGING;

        for (String rule : List.of(DATABASES, LOAD_BALANCERS)) {
            Report without = Invar.compile(rule).evaluate(whole.model());
            Report with = Invar.compile(rule).evaluate(scan.model());
            assertEquals(ids(without.violations()), ids(with.violations()), rule + ": the same failures");
            assertFalse(with.violations().isEmpty(), rule + ": the other accounts' failures are kept");
            assertTrue(without.unknowns().isEmpty(), rule + ": " + without.unknowns());
            assertFalse(with.unknowns().isEmpty(), rule + ": the blocked account is unknown, not passed");
            for (Finding f : with.unknowns()) {
                assertTrue(f.entity().id().contains(STAGING), f.entity().id());
                assertTrue(f.reason().orElseThrow().contains(reason), f.reason().orElseThrow());
            }
            assertEquals(Verdict.FAIL, with.results().get(0).verdict());
        }
        Report critical = Invar.compile(CRITICAL).evaluate(scan.model());
        assertEquals(ids(Invar.compile(CRITICAL).evaluate(whole.model()).violations()), ids(critical.violations()));
        assertFalse(critical.violations().isEmpty());
        assertTrue(critical.violations().stream().allMatch(f -> f.entity().id().contains(MANAGEMENT)));
        // A zone is shared by every account: what the blocked account may run there is unknown.
        Report zones = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        // The management account's empty zone b fails without the denial; with it, the zone is
        // unknown (staging may have healthy targets there), never passed.
        assertEquals(List.of("use1-az2"), ids(Invar.compile("every az with alb_node has healthy_targets >= 1")
                .evaluate(whole.model()).violations()));
        assertEquals(Verdict.UNKNOWN, zones.results().get(0).verdict());
        Finding zoneB = zones.unknowns().stream().filter(f -> f.entity().id().equals("use1-az2")).findFirst()
                .orElseThrow();
        assertTrue(zoneB.reason().orElseThrow().contains(reason), zoneB.reason().orElseThrow());
        Report databases = Invar.compile(DATABASES).evaluate(scan.model());
        assertEquals(List.of("arn:aws:rds:us-east-1:" + PROD + ":db:orders"), ids(databases.violations()),
                "each account's entities carry its id");
    }

    @Test
    void aDeniedListingEndsTheScanSayingWhy() {
        fake.deny("organizations:ListAccounts");
        ModelLoadException e = assertThrows(ModelLoadException.class, this::scanOrganization);
        assertEquals("aws: error: nothing could be read: organizations:ListAccounts denied in us-east-1",
                e.getMessage());
        assertEquals(0, fake.count("sts:AssumeRole"));
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.entity().id()).sorted().toList();
    }
}
