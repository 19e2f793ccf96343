package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/** nested/parent.yml: a CloudFormation stack and a SAM application from local files, wired by outputs. */
class NestedStacksTest {
    private static final CloudFormation.Loaded LOADED =
            CloudFormation.read(Models.resource("nested/parent.yml"), Models.options(Map.of(), null));
    private static final Model M = LOADED.model();

    @Test
    void childEntitiesHaveIdsUnderTheirStack() {
        assertEquals(List.of("Network/Vpc"), Models.related(M, "subnet", "Network/SubnetA", "vpc"));
        assertEquals(List.of("az-1"), Models.related(M, "subnet", "Network/SubnetA", "az"));
        assertTrue(Models.origin(M, "subnet", "Network/SubnetA").file().endsWith("nested/network.yml"));
        assertEquals("Network/SubnetA", Models.origin(M, "subnet", "Network/SubnetA").resource());
    }

    @Test
    void parametersGoDownAndOutputsComeUp() {
        assertEquals("prod-net", Models.plain(M, "bucket", "Bucket", "name"));
        // A comma-joined output of two subnets, passed into a List<Subnet::Id> parameter, links both.
        assertEquals(List.of("Network/SubnetA", "Network/SubnetB"), Models.related(M, "load_balancer", "App/Lb", "subnet"));
        assertEquals(List.of("az-1"), Models.related(M, "db_instance", "App/Db", "az"));
        assertEquals(List.of("az-1", "az-2"), Models.related(M, "load_balancer", "App/Lb", "az"));
    }

    @Test
    void aNestedStackWhoseConditionIsUndecidedMayNotExist() {
        assertEquals("condition HasExtra cannot be decided: parameter EnableExtra has no value",
                Models.existenceUnknown(M, "subnet", "Extra/SubnetA"));
        assertNull(Models.existenceUnknown(M, "subnet", "Network/SubnetA"));
        Model without = CloudFormation.load(Models.resource("nested/parent.yml"),
                Models.options(Map.of("EnableExtra", "no"), null));
        assertTrue(!Models.has(without, "subnet", "Extra/SubnetA"));
        assertTrue(Models.has(without, "subnet", "Network/SubnetA"));
    }

    @Test
    void stacksWhoseTemplateIsNotLocalAreReportedAndTheirOutputsUnknown() {
        assertEquals(Map.of("Remote", "https://s3.amazonaws.com/some-bucket/not/here.yml",
                "FromRepository", "a Serverless Application Repository application"),
                LOADED.summary().nestedStacksNotLoaded());
        assertEquals("unknown: output X of nested stack Remote is not known: its template is not a local file",
                Models.plain(M, "bucket", "RemoteValue", "name"));
        assertEquals(4, LOADED.summary().files().size());
    }

    @Test
    void jsonTemplatesKeepPositionsToo() {
        Model m = Models.load("mapping/template.json");
        assertEquals("10.9.0.0/24", Models.plain(m, "subnet", "Subnet", "cidr"));
        assertEquals(List.of("az-2"), Models.related(m, "subnet", "Subnet", "az"));
        assertEquals(true, Models.plain(m, "subnet", "Subnet", "map_public_ip_on_launch"));
        assertEquals(6, Models.origin(m, "subnet", "Subnet").line());
        assertEquals(5, Models.origin(m, "subnet", "Subnet").column());
    }
}
