package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.junit.jupiter.api.Test;

/**
 * One test per mapped resource type, over a real plan that has one of each
 * (fixtures/catalog/main.tf). Ids are unknown in it, so every link here comes from references.
 */
class CatalogPlanTest {
    private final Model model = Fixtures.plan("catalog/plan.json");

    private String value(String kind, String id, String attribute) {
        return Fixtures.attribute(model, kind, id, attribute).map(v -> v.display()).orElse(null);
    }

    private List<String> related(String kind, String id, String relation) {
        return Fixtures.related(model, kind, id, relation);
    }

    @Test
    void vpcAndSubnetsByCountAndForEach() {
        assertEquals("10.2.0.0/16", value("vpc", "aws_vpc.main", "cidr"));
        assertEquals("unknown", value("vpc", "aws_vpc.main", "id"));
        assertEquals(List.of("us-west-2b"), related("subnet", "aws_subnet.public[\"b\"]", "az"));
        assertEquals("true", value("subnet", "aws_subnet.public[\"b\"]", "map_public_ip_on_launch"));
        assertEquals("10.2.11.0/24", value("subnet", "aws_subnet.private[1]", "cidr"));
        assertEquals(List.of("aws_vpc.main"), related("subnet", "aws_subnet.private[1]", "vpc"));
        assertEquals(List.of("us-west-2"), related("az", "us-west-2a", "region"));
    }

    @Test
    void routeTablesRoutesAndAssociations() {
        assertEquals(List.of("aws_route.internet"), related("route_table", "aws_route_table.public", "route"));
        assertNull(Fixtures.unknownRelation(model, "route_table", "aws_route_table.public", "route"),
                "routes that are not configured inline are the aws_route resources");
        assertEquals("internet_gateway", value("route", "aws_route.internet", "target_type"));
        assertEquals("0.0.0.0/0", value("route", "aws_route.internet", "destination"));
        assertEquals("nat_gateway", value("route", "aws_route_table.private:route[0.0.0.0/0]", "target_type"));
        // for_each = aws_subnet.public, subnet_id = each.value.id: each association its own subnet
        assertEquals(List.of("aws_route_table.public"), related("subnet", "aws_subnet.public[\"a\"]", "route_table"));
        assertEquals(List.of("aws_subnet.public[\"a\"]", "aws_subnet.public[\"b\"]"),
                related("route_table", "aws_route_table.public", "subnet"));
        // the private subnets use the main table, which aws_main_route_table_association makes private
        assertEquals("true", value("route_table", "aws_route_table.private", "main"));
        assertEquals("false", value("route_table", "aws_route_table.public", "main"));
        assertEquals("nat_gateway", value("subnet", "aws_subnet.private[0]", "default_route_target"));
        assertEquals("true", value("subnet", "aws_subnet.public[\"a\"]", "is_public"));
    }

    @Test
    void gateways() {
        assertEquals(List.of("aws_vpc.main"), related("internet_gateway", "aws_internet_gateway.igw", "vpc"));
        assertEquals(List.of("aws_subnet.public[\"a\"]"), related("nat_gateway", "aws_nat_gateway.nat", "subnet"));
        assertEquals(List.of("us-west-2a"), related("nat_gateway", "aws_nat_gateway.nat", "az"));
        assertEquals(List.of("aws_vpc.main"), related("nat_gateway", "aws_nat_gateway.nat", "vpc"));
        assertEquals("public", value("nat_gateway", "aws_nat_gateway.nat", "connectivity_type"));
    }

    @Test
    void securityGroupRulesOnePerPeer() {
        assertEquals(List.of("aws_security_group_rule.https#1", "aws_security_group_rule.https#2"),
                related("security_group", "aws_security_group.web", "ingress"));
        assertEquals("0.0.0.0/0", value("ingress", "aws_security_group_rule.https#1", "cidr"));
        assertEquals("::/0", value("ingress", "aws_security_group_rule.https#2", "cidr"));
        assertEquals("443", value("ingress", "aws_security_group_rule.https#2", "from_port"));
        assertEquals(List.of("aws_security_group.web"),
                related("ingress", "aws_vpc_security_group_ingress_rule.from_web", "peer"));
        assertEquals(List.of("aws_security_group.app"),
                related("egress", "aws_vpc_security_group_egress_rule.all", "security_group"));
        assertEquals("-1", value("egress", "aws_vpc_security_group_egress_rule.all", "protocol"));
    }

    @Test
    void aRuleForAllProtocolsCoversAllPorts() {
        // ip_protocol = "-1" without ports (as AWS reports it): every port, as a template or a live
        // account gives it, so a rule asking whether port 22 is open answers the same.
        assertEquals("0", value("egress", "aws_vpc_security_group_egress_rule.all", "from_port"));
        assertEquals("65535", value("egress", "aws_vpc_security_group_egress_rule.all", "to_port"));
        // Inline, Terraform asks for from_port = to_port = 0 on such a rule; it still covers every port.
        Model seed = Fixtures.plan("seed/plan-1.json");
        List<String> egress = Fixtures.related(seed, "security_group", "aws_security_group.alb", "egress");
        assertEquals(1, egress.size());
        assertEquals("0", Fixtures.attribute(seed, "egress", egress.get(0), "from_port").orElseThrow().display());
        assertEquals("65535", Fixtures.attribute(seed, "egress", egress.get(0), "to_port").orElseThrow().display());
    }

    @Test
    void networkLoadBalancerWithSubnetMapping() {
        assertEquals("network", value("load_balancer", "aws_lb.nlb", "type"));
        assertEquals("internal", value("load_balancer", "aws_lb.nlb", "scheme"));
        assertEquals("true", value("load_balancer", "aws_lb.nlb", "cross_zone"));
        assertEquals(List.of("aws_subnet.private[0]", "aws_subnet.private[1]"),
                related("load_balancer", "aws_lb.nlb", "subnet"));
        assertNull(Fixtures.unknownRelation(model, "load_balancer", "aws_lb.nlb", "subnet"));
        assertEquals(List.of("aws_lb_target_group.instances"), related("listener", "aws_lb_listener.tcp", "target_group"));
        assertEquals("instance", value("target_group", "aws_lb_target_group.instances", "target_type"));
    }

    @Test
    void applicationLoadBalancerDefaultsAndListenerRule() {
        assertEquals("application", value("load_balancer", "aws_lb.alb", "type"));
        assertEquals("internet-facing", value("load_balancer", "aws_lb.alb", "scheme"));
        assertEquals("true", value("load_balancer", "aws_lb.alb", "cross_zone"));
        assertEquals(List.of("aws_subnet.public[\"a\"]", "aws_subnet.public[\"b\"]"),
                related("load_balancer", "aws_lb.alb", "subnet"));
        assertEquals(List.of("aws_security_group.web"), related("load_balancer", "aws_lb.alb", "security_group"));
        // the default action is a fixed response; the rule forwards to the api target group
        assertEquals(List.of("aws_lb_target_group.api"), related("listener", "aws_lb_listener.https", "target_group"));
        assertEquals(List.of("aws_lb.alb"), related("target_group", "aws_lb_target_group.api", "load_balancer"));
        assertEquals("443", value("listener", "aws_lb_listener.https", "port"));
        assertEquals("/", value("target_group", "aws_lb_target_group.api", "health_check_path"));
    }

    @Test
    void targetGroupAttachmentIsATargetInItsInstancesZone() {
        assertEquals("predicted", value("target", "aws_lb_target_group_attachment.web", "health"));
        assertEquals(List.of("us-west-2a"), related("target", "aws_lb_target_group_attachment.web", "az"));
        assertEquals(List.of("aws_lb_target_group.instances"),
                related("target", "aws_lb_target_group_attachment.web", "target_group"));
        assertEquals(List.of("us-west-2a"), related("instance", "aws_instance.web", "az"));
        assertEquals("t3.micro", value("instance", "aws_instance.web", "instance_type"));
    }

    @Test
    void autoScalingGroupAndCapacityProvider() {
        String asg = "aws_autoscaling_group.ecs";
        assertEquals("2", value("auto_scaling_group", asg, "desired_capacity"));
        assertEquals("4", value("auto_scaling_group", asg, "max_size"));
        assertEquals("true", value("auto_scaling_group", asg, "capacity_rebalance"));
        assertEquals("m5.large", value("auto_scaling_group", asg, "instance_type"));
        assertEquals(List.of("aws_subnet.private[0]", "aws_subnet.private[1]"), related("auto_scaling_group", asg, "subnet"));
        assertEquals(List.of(asg), related("target_group", "aws_lb_target_group.instances", "auto_scaling_group"));
        assertEquals(List.of("aws_ecs_capacity_provider.ec2"), related("auto_scaling_group", asg, "capacity_provider"));
        assertEquals(List.of(asg), related("capacity_provider", "aws_ecs_capacity_provider.ec2", "auto_scaling_group"));
        assertEquals("true", value("capacity_provider", "aws_ecs_capacity_provider.ec2", "managed_scaling"));
        assertEquals("90", value("capacity_provider", "aws_ecs_capacity_provider.ec2", "target_capacity"));
    }

    @Test
    void ecsClusterCapacityProviders() {
        assertEquals(List.of("aws_ecs_capacity_provider.ec2", "FARGATE"),
                related("ecs_cluster", "aws_ecs_cluster.main", "capacity_provider"));
        String strategy = "aws_ecs_cluster_capacity_providers.main:default_capacity_provider_strategy[0]";
        assertEquals(List.of(strategy), related("ecs_cluster", "aws_ecs_cluster.main", "capacity_provider_strategy"));
        assertEquals("1", value("capacity_provider_strategy", strategy, "base"));
    }

    @Test
    void ecsServices() {
        String api = "aws_ecs_service.api";
        assertEquals("4", value("ecs_service", api, "desired_count"));
        assertNull(value("ecs_service", api, "launch_type"), "capacity providers, no launch type");
        assertEquals(List.of("aws_ecs_cluster.main"), related("ecs_service", api, "ecs_cluster"));
        assertEquals(List.of("aws_subnet.private[0]", "aws_subnet.private[1]"), related("ecs_service", api, "subnet"));
        assertEquals(List.of("aws_security_group.app"), related("ecs_service", api, "security_group"));
        assertEquals(List.of("aws_lb_target_group.api"), related("ecs_service", api, "target_group"));
        assertEquals("3", value("capacity_provider_strategy", api + ":capacity_provider_strategy[0]", "weight"));
        assertEquals(List.of("FARGATE"), related("capacity_provider_strategy", api + ":capacity_provider_strategy[1]",
                "capacity_provider"));
        assertEquals("attribute:ecs.availability-zone",
                value("placement_strategy", api + ":ordered_placement_strategy[0]", "field"));
        assertEquals("distinctInstance", value("placement_constraint", api + ":placement_constraints[0]", "type"));
        assertTrue(value("ecs_service", "aws_ecs_service.agent", "desired_count").equals("unknown"));
        assertEquals("DAEMON", value("ecs_service", "aws_ecs_service.agent", "scheduling_strategy"));
    }

    @Test
    void database() {
        String db = "aws_db_instance.main";
        assertEquals("orders", value("db_instance", db, "id"));
        assertEquals("postgres", value("db_instance", db, "engine"));
        assertEquals("true", value("db_instance", db, "multi_az"));
        assertEquals("false", value("db_instance", db, "publicly_accessible"));
        assertEquals("true", value("db_instance", db, "deletion_protection"));
        assertEquals(List.of("aws_subnet.private[0]", "aws_subnet.private[1]"), related("db_instance", db, "subnet"));
        assertEquals(List.of("aws_security_group.app"), related("db_instance", db, "security_group"));
    }

    @Test
    void bucketsWithSettingsAndWithDefaults() {
        assertEquals("catalog-data-bucket", value("bucket", "aws_s3_bucket.data", "name"));
        assertEquals("true", value("bucket", "aws_s3_bucket.data", "versioning"));
        assertEquals("true", value("bucket", "aws_s3_bucket.data", "encrypted"));
        assertEquals("false", value("bucket", "aws_s3_bucket.data", "public_access_blocked"),
                "restrict_public_buckets = false");
        // a new bucket with nothing set: AWS's defaults for new buckets
        assertEquals("false", value("bucket", "aws_s3_bucket.logs", "versioning"));
        assertEquals("true", value("bucket", "aws_s3_bucket.logs", "encrypted"));
        assertEquals("true", value("bucket", "aws_s3_bucket.logs", "public_access_blocked"));
    }

    @Test
    void typesWithoutAKindAreSkippedAndCounted() throws IOException {
        ModelBuilder builder = Model.builder();
        LoadSummary summary = Terraform.fill("plan.json", Files.newInputStream(Fixtures.path("catalog/plan.json")),
                builder, LoadOptions.DEFAULT);
        assertEquals(Map.of("aws_cloudwatch_log_group", 1, "aws_eip", 1), summary.skipped());
        assertFalse(summary.skipped().containsKey("aws_lb"));
        assertEquals("1.11.4", summary.terraformVersion());
    }
}
