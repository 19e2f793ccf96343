package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Raw state files: module instances with keys, for_each instance keys, deposed and tainted
 * instances, the VPC's main route table, data sources that repeat a managed resource, and names
 * of things the state does not hold.
 */
class RawStateTest {
    private static final String NET = "module.net[\\\"blue\\\"]";
    private static final String STATE = "{'version': 4, 'terraform_version': '1.5.7', 'serial': 3, 'lineage': 'l',"
            + " 'outputs': {}, 'resources': ["
            + "{'module': '" + NET + "', 'mode': 'managed', 'type': 'aws_vpc', 'name': 'this', 'instances': ["
            + "  {'schema_version': 1, 'attributes': {'id': 'vpc-1', 'cidr_block': '10.0.0.0/16',"
            + "   'main_route_table_id': 'rtb-main', 'default_route_table_id': 'rtb-main'}}]},"
            + "{'module': '" + NET + "', 'mode': 'managed', 'type': 'aws_default_route_table', 'name': 'main',"
            + " 'instances': [{'attributes': {'id': 'rtb-main', 'default_route_table_id': 'rtb-main', 'vpc_id': 'vpc-1',"
            + "   'route': [{'cidr_block': '0.0.0.0/0', 'gateway_id': 'igw-1', 'nat_gateway_id': '', 'ipv6_cidr_block': ''}]}}]},"
            + "{'module': '" + NET + "', 'mode': 'managed', 'type': 'aws_subnet', 'name': 'this', 'each': 'map',"
            + " 'instances': ["
            + "  {'index_key': 'a', 'attributes': {'id': 'subnet-a', 'vpc_id': 'vpc-1', 'availability_zone': 'eu-central-1a',"
            + "   'availability_zone_id': 'euc1-az2'}},"
            + "  {'index_key': 'b', 'deposed': '00000001', 'attributes': {'id': 'subnet-old', 'vpc_id': 'vpc-1',"
            + "   'availability_zone': 'eu-central-1c'}},"
            + "  {'index_key': 'b', 'status': 'tainted', 'attributes': {'id': 'subnet-b', 'vpc_id': 'vpc-1',"
            + "   'availability_zone': 'eu-central-1b'}}]},"
            + "{'mode': 'managed', 'type': 'aws_route_table', 'name': 'other', 'instances': ["
            + "  {'attributes': {'id': 'rtb-other', 'vpc_id': 'vpc-1', 'route': []}}]},"
            + "{'mode': 'data', 'type': 'aws_subnet', 'name': 'a', 'instances': ["
            + "  {'attributes': {'id': 'subnet-a', 'vpc_id': 'vpc-1', 'availability_zone': 'eu-central-1a'}}]},"
            + "{'mode': 'managed', 'type': 'aws_ecs_service', 'name': 'agent', 'instances': [{'attributes': {"
            + "  'name': 'agent', 'scheduling_strategy': 'DAEMON', 'desired_count': 0, 'launch_type': 'EC2',"
            + "  'cluster': 'arn:aws:ecs:eu-central-1:123456789012:cluster/shared', 'network_configuration': [],"
            + "  'load_balancer': [], 'capacity_provider_strategy': []}}]},"
            + "{'mode': 'managed', 'type': 'aws_iam_role', 'name': 'r', 'instances': [{'attributes': {'id': 'r'}}]}"
            + "]}";

    private final Model model = Inline.load(STATE);

    @Test
    void addressesCarryModuleAndInstanceKeys() {
        assertEquals(List.of("module.net[\"blue\"].aws_subnet.this[\"a\"]", "module.net[\"blue\"].aws_subnet.this[\"b\"]"),
                model.table("subnet").ids(), "the deposed object is not there; the tainted one is; the data source is an alias");
        assertEquals("subnet-b", Fixtures.attribute(model, "subnet", "module.net[\"blue\"].aws_subnet.this[\"b\"]", "id")
                .orElseThrow().display());
        assertEquals("euc1-az2", Fixtures.attribute(model, "az", "eu-central-1a", "zone_id").orElseThrow().display());
    }

    @Test
    void subnetsWithoutAssociationUseTheMainRouteTable() {
        assertEquals("true", Fixtures.attribute(model, "route_table", "module.net[\"blue\"].aws_default_route_table.main",
                "main").orElseThrow().display());
        assertEquals("false", Fixtures.attribute(model, "route_table", "aws_route_table.other", "main").orElseThrow()
                .display());
        assertEquals("internet_gateway", Fixtures.attribute(model, "subnet", "module.net[\"blue\"].aws_subnet.this[\"b\"]",
                "default_route_target").orElseThrow().display());
    }

    @Test
    void namesOfWhatTheStateDoesNotHoldBecomeStandIns() {
        String cluster = "arn:aws:ecs:eu-central-1:123456789012:cluster/shared";
        assertEquals(List.of(cluster), Fixtures.related(model, "ecs_service", "aws_ecs_service.agent", "ecs_cluster"));
        assertEquals("shared", Fixtures.attribute(model, "ecs_cluster", cluster, "name").orElseThrow().display());
    }

    @Test
    void daemonServicesHaveNoDesiredCount() {
        String reason = Fixtures.attribute(model, "ecs_service", "aws_ecs_service.agent", "desired_count").orElseThrow()
                .display();
        assertEquals("unknown", reason);
        assertTrue(model.table("ecs_service").column("desired_count").unknownReason(0).contains("DAEMON"));
    }
}
