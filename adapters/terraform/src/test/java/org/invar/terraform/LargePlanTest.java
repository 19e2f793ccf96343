package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.junit.jupiter.api.Test;

/**
 * A large plan is read streaming: memory follows the model, not the file. The plan here is
 * generated as it is read (never held whole): over 100 MB of IAM policies (a type the schema
 * does not read) around a few hundred subnets, read by a test JVM whose heap is limited to
 * 256 MB (see this module's pom), so a reader that kept the file or a tree of it could not
 * finish.
 */
class LargePlanTest {
    private static final int POLICIES = 40_000;
    private static final int SUBNETS = 400;
    private static final String POLICY = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[" + ("{\\\"Effect\\\":"
            + "\\\"Allow\\\",\\\"Action\\\":[\\\"s3:GetObject\\\"],\\\"Resource\\\":\\\"arn:aws:s3:::bucket/*\\\"},")
            .repeat(12) + "{}]}";

    /** The plan, made chunk by chunk as the reader asks for bytes. */
    private static final class GeneratedPlan extends InputStream {
        private int section;
        private int item;
        private byte[] chunk = new byte[0];
        private int at;
        long size;

        private String next() {
            switch (section) {
                case 0 -> {
                    section++;
                    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"planned_values\":"
                            + "{\"root_module\":{\"resources\":[";
                }
                case 1 -> {
                    if (item < POLICIES + SUBNETS) {
                        return (item > 0 ? "," : "") + resource(item++, true);
                    }
                    section++;
                    item = 0;
                    return "]}},\"resource_changes\":[";
                }
                case 2 -> {
                    if (item < POLICIES + SUBNETS) {
                        return (item > 0 ? "," : "") + change(item++);
                    }
                    section++;
                    return "]}";
                }
                default -> {
                    return null;
                }
            }
        }

        private static String resource(int i, boolean planned) {
            if (i % (POLICIES / SUBNETS + 1) == 0) {
                int n = i / (POLICIES / SUBNETS + 1);
                return "{\"address\":\"aws_subnet.s[" + n + "]\",\"mode\":\"managed\",\"type\":\"aws_subnet\","
                        + "\"name\":\"s\",\"index\":" + n + ",\"values\":{\"cidr_block\":\"10.0." + (n % 250)
                        + ".0/24\",\"availability_zone\":\"us-east-1" + (char) ('a' + n % 3) + "\"}}";
            }
            return "{\"address\":\"aws_iam_policy.p[" + i + "]\",\"mode\":\"managed\",\"type\":\"aws_iam_policy\","
                    + "\"name\":\"p\",\"index\":" + i + ",\"values\":{\"name\":\"policy-" + i + "\",\"policy\":\""
                    + POLICY + "\"}}";
        }

        private static String change(int i) {
            String r = resource(i, false);
            int values = r.indexOf(",\"values\":");
            return r.substring(0, values) + ",\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":"
                    + r.substring(values + ",\"values\":".length(), r.length() - 1)
                    + ",\"after_unknown\":{\"id\":true,\"arn\":true}}}";
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (at == chunk.length) {
                String s = next();
                if (s == null) {
                    return -1;
                }
                chunk = s.getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            size += n;
            return n;
        }
    }

    /** Thousands of resources linked by count.index: finding each link is a lookup, not a scan. */
    @Test
    void manyLinksByCountIndex() {
        int n = 5_000;
        StringBuilder planned = new StringBuilder();
        StringBuilder changes = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : ",";
            planned.append(sep).append("{'address': 'aws_subnet.s[").append(i).append("]', 'mode': 'managed',"
                    + " 'type': 'aws_subnet', 'name': 's', 'index': ").append(i).append(", 'values': {'availability_zone':"
                    + " 'us-east-1").append((char) ('a' + i % 3)).append("'}},");
            planned.append("{'address': 'aws_route_table_association.a[").append(i).append("]', 'mode': 'managed',"
                    + " 'type': 'aws_route_table_association', 'name': 'a', 'index': ").append(i).append(", 'values': {}}");
            changes.append(sep).append("{'address': 'aws_route_table_association.a[").append(i).append("]',"
                    + " 'mode': 'managed', 'type': 'aws_route_table_association', 'name': 'a', 'index': ").append(i)
                    .append(", 'change': {'actions': ['create'], 'after': {}, 'after_unknown': {'subnet_id': true,"
                    + " 'route_table_id': true}}}");
        }
        planned.append(", {'address': 'aws_route_table.t', 'mode': 'managed', 'type': 'aws_route_table', 'name': 't',"
                + " 'values': {'route': []}}");
        String config = "{'resources': [{'address': 'aws_route_table_association.a', 'mode': 'managed',"
                + " 'type': 'aws_route_table_association', 'name': 'a', 'expressions': {"
                + " 'subnet_id': {'references': ['aws_subnet.s', 'count.index']},"
                + " 'route_table_id': {'references': ['aws_route_table.t.id', 'aws_route_table.t']}}}]}";
        Model model = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Inline.load(Inline.plan(planned.toString(), changes.toString(), config)));
        assertEquals(n, Fixtures.related(model, "route_table", "aws_route_table.t", "subnet").size());
        assertEquals(java.util.List.of("aws_route_table.t"),
                Fixtures.related(model, "subnet", "aws_subnet.s[4321]", "route_table"));
    }

    @Test
    void aLargePlanLoadsStreaming() {
        GeneratedPlan plan = new GeneratedPlan();
        ModelBuilder builder = Model.builder();
        LoadSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Terraform.fill("large.json", plan, builder, LoadOptions.DEFAULT));
        Model model = builder.build();
        assertTrue(plan.size > 100_000_000L, "the plan was only " + plan.size + " bytes");
        assertEquals(SUBNETS, model.table("subnet").size());
        assertEquals(POLICIES, summary.skipped().get("aws_iam_policy"));
        assertTrue(Runtime.getRuntime().maxMemory() <= 512L * 1024 * 1024,
                "the test JVM's heap should be limited (it is " + Runtime.getRuntime().maxMemory() / 1_048_576 + " MB)");
    }
}
