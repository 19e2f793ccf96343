package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.invar.spi.LoadOptions;
import org.junit.jupiter.api.Test;

/** Golden model of mapping/network.yml and mapping/services.yml, resource type by resource type. */
class MappingTest {
    private static final Model NET = Models.load("mapping/network.yml");
    private static final CloudFormation.Loaded SERVICES =
            CloudFormation.read(Models.resource("mapping/services.yml"), LoadOptions.DEFAULT);
    private static final Model SVC = SERVICES.model();

    @Test
    void vpcSubnetsAndRouteTables() {
        assertEquals("10.1.0.0/16", Models.plain(NET, "vpc", "Vpc", "cidr"));
        assertEquals("unknown: the id is assigned at deploy time", Models.plain(NET, "vpc", "Vpc", "id"));
        assertEquals("public-a", Models.plain(NET, "subnet", "Public", "name"));
        assertEquals(true, Models.plain(NET, "subnet", "Public", "map_public_ip_on_launch"));
        assertEquals(false, Models.plain(NET, "subnet", "Private", "map_public_ip_on_launch"));
        assertEquals(List.of("Vpc"), Models.related(NET, "subnet", "Private", "vpc"));
        assertEquals(List.of("PublicRoutes"), Models.related(NET, "subnet", "Public", "route_table"));
        assertEquals(false, Models.plain(NET, "route_table", "PublicRoutes", "main"));
        assertEquals(List.of("Vpc"), Models.related(NET, "internet_gateway", "Igw", "vpc"));
        assertEquals("public", Models.plain(NET, "internet_gateway", "Igw", "connectivity_type"));
        // Derived by the engine from the routes read here.
        assertEquals(true, Models.plain(NET, "subnet", "Public", "is_public"));
        assertEquals("nat_gateway", Models.plain(NET, "subnet", "Private", "default_route_target"));
    }

    @Test
    void routeTargets() {
        assertEquals("internet_gateway", Models.plain(NET, "route", "ToInternet", "target_type"));
        assertEquals("Igw", Models.plain(NET, "route", "ToInternet", "target_id"));
        assertEquals("0.0.0.0/0", Models.plain(NET, "route", "ToInternet", "destination"));
        assertEquals("nat_gateway", Models.plain(NET, "route", "ToNat", "target_type"));
        assertEquals("vpn_gateway", Models.plain(NET, "route", "ToVpn", "target_type"));
        assertEquals("vpc_peering", Models.plain(NET, "route", "ToPeer", "target_type"));
        assertEquals("pcx-123", Models.plain(NET, "route", "ToPeer", "target_id"));
        assertEquals("transit_gateway", Models.plain(NET, "route", "ToTgw", "target_type"));
        assertEquals("::/0", Models.plain(NET, "route", "ToTgw", "destination"));
        assertEquals("unknown: Fn::ImportValue shared-tgw is resolved at deploy time",
                Models.plain(NET, "route", "ToTgw", "target_id"));
        assertEquals(List.of("ToNat", "ToVpn", "ToPeer", "ToTgw"), Models.related(NET, "route_table", "PrivateRoutes", "route"));
    }

    @Test
    void natGatewayTakesItsSubnetsZoneAndVpc() {
        assertEquals(List.of("Public"), Models.related(NET, "nat_gateway", "Nat", "subnet"));
        assertEquals(List.of("az-1"), Models.related(NET, "nat_gateway", "Nat", "az"));
        assertEquals(List.of("Vpc"), Models.related(NET, "nat_gateway", "Nat", "vpc"));
        assertEquals("public", Models.plain(NET, "nat_gateway", "Nat", "connectivity_type"));
    }

    @Test
    void securityGroupsAndTheirRules() {
        assertEquals(List.of("Web/ingress/1", "Web/ingress/2"), Models.related(NET, "security_group", "Web", "ingress"));
        assertEquals("tcp", Models.plain(NET, "ingress", "Web/ingress/1", "protocol"));
        assertEquals(443L, Models.plain(NET, "ingress", "Web/ingress/1", "from_port"));
        assertEquals("0.0.0.0/0", Models.plain(NET, "ingress", "Web/ingress/1", "cidr"));
        assertEquals("-1", Models.plain(NET, "ingress", "Web/ingress/2", "protocol"));
        assertEquals(65535L, Models.plain(NET, "ingress", "Web/ingress/2", "to_port"));
        assertEquals(List.of("App"), Models.related(NET, "ingress", "Web/ingress/2", "peer"));
        assertEquals(List.of("Web/egress/default"), Models.related(NET, "security_group", "Web", "egress"));
        assertEquals("0.0.0.0/0", Models.plain(NET, "egress", "Web/egress/default", "cidr"));
        assertEquals("app", Models.plain(NET, "security_group", "App", "name"));
        assertEquals("tcp", Models.plain(NET, "egress", "App/egress/1", "protocol"));
        assertEquals(List.of("Db"), Models.related(NET, "egress", "App/egress/1", "peer"));
        assertEquals(List.of("App/egress/1", "AppToWeb"), Models.related(NET, "security_group", "App", "egress"));
        assertEquals(List.of("Web"), Models.related(NET, "egress", "AppToWeb", "peer"));
        assertEquals(8443L, Models.plain(NET, "egress", "AppToWeb", "from_port"));
        assertEquals(List.of("AppFromWeb"), Models.related(NET, "security_group", "App", "ingress"));
        assertEquals(List.of("Web"), Models.related(NET, "ingress", "AppFromWeb", "peer"));
        assertEquals(8080L, Models.plain(NET, "ingress", "AppFromWeb", "to_port"));
    }

    @Test
    void loadBalancers() {
        assertEquals("network", Models.plain(NET, "load_balancer", "Lb", "type"));
        assertEquals("internal", Models.plain(NET, "load_balancer", "Lb", "scheme"));
        assertEquals(true, Models.plain(NET, "load_balancer", "Lb", "cross_zone"));
        assertEquals(List.of("Public", "OtherSubnet"), Models.related(NET, "load_balancer", "Lb", "subnet"));
        assertEquals("my-alb", Models.plain(NET, "load_balancer", "Alb", "name"));
        assertEquals("application", Models.plain(NET, "load_balancer", "Alb", "type"));
        assertEquals(true, Models.plain(NET, "load_balancer", "Alb", "drop_invalid_header_fields"));
        assertEquals(List.of("Web"), Models.related(NET, "load_balancer", "Alb", "security_group"));
    }

    @Test
    void referencesOutsideTheTemplateBecomeEntitiesWithUnknownFields() {
        // A list parameter without a value: the two subnets an application load balancer needs, and
        // maybe more.
        assertEquals(List.of("MoreSubnets[0]", "MoreSubnets[1]"), Models.related(NET, "load_balancer", "Alb", "subnet"));
        assertEquals("parameter MoreSubnets has no value: it may list more subnets",
                Models.unknownRelation(NET, "load_balancer", "Alb", "subnet"));
        // Its elements by index are distinct subnets in unknown AZs; a default id is a subnet too.
        assertEquals(List.of("MoreSubnets[0]", "MoreSubnets[1]", "subnet-0abc"),
                Models.related(NET, "load_balancer", "Alb2", "subnet"));
        assertEquals("subnet-0abc", Models.plain(NET, "subnet", "subnet-0abc", "id"));
        assertTrue(Models.zoneCause(NET, "MoreSubnets[1]").contains("parameter MoreSubnets"));
        assertEquals(List.of("zone of OtherSubnet"), Models.related(NET, "subnet", "OtherSubnet", "az"));
        assertEquals("AWS::EC2::Subnet::Id OtherSubnet is outside the template (parameter OtherSubnet has no value)",
                Models.zoneCause(NET, "OtherSubnet"));
        assertTrue(((String) Models.plain(NET, "subnet", "OtherSubnet", "cidr")).startsWith("unknown: "));
        // What the template does say about an outside subnet is kept.
        assertEquals(List.of("PrivateRoutes"), Models.related(NET, "subnet", "OtherSubnet", "route_table"));
        assertNull(Models.unknownRelation(NET, "subnet", "OtherSubnet", "route_table"));
    }

    @Test
    void listenersAndRulesForwardToTargetGroups() {
        assertEquals(List.of("Alb"), Models.related(SVC, "listener", "Listener", "load_balancer"));
        assertEquals(443L, Models.plain(SVC, "listener", "Listener", "port"));
        assertEquals(List.of("Blue", "Green", "Api"), Models.related(SVC, "listener", "Listener", "target_group"));
        assertEquals(List.of("Api"), Models.related(SVC, "listener", "import:shared:listener", "target_group"));
        assertEquals("blue", Models.plain(SVC, "target_group", "Blue", "name"));
        assertEquals("ip", Models.plain(SVC, "target_group", "Blue", "target_type"));
        assertEquals("/health", Models.plain(SVC, "target_group", "Blue", "health_check_path"));
        assertEquals("instance", Models.plain(SVC, "target_group", "Green", "target_type"));
        // No HealthCheckPath on an HTTP target group: ELBv2 checks "/".
        assertEquals("/", Models.plain(SVC, "target_group", "Green", "health_check_path"));
        assertEquals(List.of("Alb"), Models.related(SVC, "target_group", "Api", "load_balancer"));
        assertEquals(List.of("subnet-1", "subnet-2"), Models.related(SVC, "load_balancer", "Alb", "subnet"));
    }

    @Test
    void ecsClusterServiceAndCapacity() {
        assertEquals("main", Models.plain(SVC, "ecs_cluster", "Cluster", "name"));
        assertEquals(List.of("FARGATE", "FARGATE_SPOT", "Provider"), Models.related(SVC, "ecs_cluster", "Cluster", "capacity_provider"));
        assertEquals(List.of("Providers/1"), Models.related(SVC, "ecs_cluster", "Cluster", "capacity_provider_strategy"));
        assertEquals(2L, Models.plain(SVC, "capacity_provider_strategy", "Providers/1", "base"));
        assertEquals(true, Models.plain(SVC, "capacity_provider", "Provider", "managed_scaling"));
        assertEquals(90L, Models.plain(SVC, "capacity_provider", "Provider", "target_capacity"));
        assertEquals(List.of("Group"), Models.related(SVC, "capacity_provider", "Provider", "auto_scaling_group"));
        assertEquals(List.of("Provider"), Models.related(SVC, "auto_scaling_group", "Group", "capacity_provider"));

        assertEquals("api", Models.plain(SVC, "ecs_service", "Service", "name"));
        assertEquals(3L, Models.plain(SVC, "ecs_service", "Service", "desired_count"));
        assertEquals("REPLICA", Models.plain(SVC, "ecs_service", "Service", "scheduling_strategy"));
        assertEquals(false, Models.plain(SVC, "ecs_service", "Service", "assign_public_ip"));
        assertEquals(List.of("Cluster"), Models.related(SVC, "ecs_service", "Service", "ecs_cluster"));
        assertEquals(List.of("subnet-1", "subnet-2"), Models.related(SVC, "ecs_service", "Service", "subnet"));
        assertEquals(List.of("sg-123"), Models.related(SVC, "ecs_service", "Service", "security_group"));
        assertEquals(List.of("Api"), Models.related(SVC, "ecs_service", "Service", "target_group"));
        List<String> strategy = Models.related(SVC, "ecs_service", "Service", "capacity_provider_strategy");
        assertEquals(2, strategy.size());
        assertEquals(3L, Models.plain(SVC, "capacity_provider_strategy", strategy.get(1), "weight"));
        assertEquals(List.of("FARGATE_SPOT"), Models.related(SVC, "capacity_provider_strategy", strategy.get(1), "capacity_provider"));
        String spread = Models.related(SVC, "ecs_service", "Service", "placement_strategy").get(0);
        assertEquals("attribute:ecs.availability-zone", Models.plain(SVC, "placement_strategy", spread, "field"));
        String constraint = Models.related(SVC, "ecs_service", "Service", "placement_constraint").get(0);
        assertEquals("distinctInstance", Models.plain(SVC, "placement_constraint", constraint, "type"));

        assertTrue(((String) Models.plain(SVC, "ecs_service", "Daemon", "desired_count")).contains("DAEMON"));
        assertEquals(1L, Models.plain(SVC, "ecs_service", "Defaults", "desired_count"));
        assertEquals(List.of("external-cluster"), Models.related(SVC, "ecs_service", "Defaults", "ecs_cluster"));
    }

    @Test
    void autoScalingGroupsAndInstances() {
        assertEquals(1L, Models.plain(SVC, "auto_scaling_group", "Group", "min_size"));
        assertEquals(6L, Models.plain(SVC, "auto_scaling_group", "Group", "max_size"));
        assertEquals(3L, Models.plain(SVC, "auto_scaling_group", "Group", "desired_capacity"));
        assertEquals("m5.large", Models.plain(SVC, "auto_scaling_group", "Group", "instance_type"));
        assertEquals(List.of("subnet-1", "subnet-2"), Models.related(SVC, "auto_scaling_group", "Group", "subnet"));
        assertEquals(List.of("Group"), Models.related(SVC, "target_group", "Blue", "auto_scaling_group"));
        assertEquals("t3.small", Models.plain(SVC, "auto_scaling_group", "LegacyGroup", "instance_type"));
        assertEquals("the number of AZs in the region is not known",
                Models.unknownRelation(SVC, "auto_scaling_group", "LegacyGroup", "az"));
        assertEquals(List.of("subnet-1"), Models.related(SVC, "instance", "Host", "subnet"));
        assertEquals("m1.small", Models.plain(SVC, "instance", "Host", "instance_type"));
        assertTrue(Models.unknownRelation(SVC, "instance", "Host", "az").contains("subnet-1"));
    }

    @Test
    void databasesAndBuckets() {
        assertEquals("postgres", Models.plain(SVC, "db_instance", "Db", "engine"));
        assertEquals(true, Models.plain(SVC, "db_instance", "Db", "multi_az"));
        assertEquals(false, Models.plain(SVC, "db_instance", "Db", "publicly_accessible"));
        assertEquals(true, Models.plain(SVC, "db_instance", "Db", "storage_encrypted"));
        assertEquals(false, Models.plain(SVC, "db_instance", "Db", "deletion_protection"));
        assertEquals(5432L, Models.plain(SVC, "db_instance", "Db", "port"));
        assertEquals(List.of("subnet-1", "subnet-2"), Models.related(SVC, "db_instance", "Db", "subnet"));
        assertEquals(List.of("sg-123"), Models.related(SVC, "db_instance", "Db", "security_group"));
        assertEquals(List.of(), Models.related(SVC, "db_instance", "Db", "az"));
        assertTrue(Models.unknownRelation(SVC, "db_instance", "Db", "az").contains("RDS picks its zone"));
        assertEquals(3307L, Models.plain(SVC, "db_instance", "OtherDb", "port"));
        assertTrue(Models.unknownRelation(SVC, "db_instance", "OtherDb", "subnet").contains("outside the template"));
        assertTrue(((String) Models.plain(SVC, "db_instance", "OtherDb", "publicly_accessible")).startsWith("unknown"));

        assertEquals("logs", Models.plain(SVC, "bucket", "Logs", "name"));
        assertEquals(true, Models.plain(SVC, "bucket", "Logs", "versioning"));
        assertEquals(true, Models.plain(SVC, "bucket", "Logs", "public_access_blocked"));
        assertEquals(true, Models.plain(SVC, "bucket", "Logs", "encrypted"));
        assertEquals(false, Models.plain(SVC, "bucket", "Open", "public_access_blocked"));
        assertEquals(false, Models.plain(SVC, "bucket", "Open", "versioning"));
    }

    @Test
    void everyEntityPointsAtItsResourceAndUnknownTypesAreCounted() {
        Origin o = Models.origin(SVC, "ecs_service", "Service");
        assertTrue(o.file().endsWith("mapping/services.yml"), o.file());
        assertEquals(51, o.line());
        assertEquals(3, o.column());
        assertEquals("Service", o.resource());
        assertEquals(Models.origin(SVC, "ecs_service", "Service"),
                Models.origin(SVC, "placement_strategy", "Service/placement_strategy/1"));
        assertEquals(Map.of("AWS::IAM::Role", 1, "AWS::SNS::Topic", 2), SERVICES.summary().skippedTypes());
        assertEquals(3, SERVICES.summary().skipped());
        assertEquals(1, SERVICES.summary().resourcesByKind().get("ecs_cluster"));
    }
}
