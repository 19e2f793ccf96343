package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed account with more in it (the inventory scenario): instances over three pages, Auto
 * Scaling groups and DB instances over two (NextToken, Marker), target groups over two
 * (NextMarker), tasks over two (JSON nextToken), a container instance, buckets.
 */
class InventoryTest {
    static final String ASG = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:"
            + "930d940e-891e-4781-a11a-7b0acd480f03:autoScalingGroupName/batch";
    static final String BATCH_TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/batch/0b1c2d3e4f5a6b7c";
    static final String CLUSTER = "arn:aws:ecs:us-east-1:123456789012:cluster/seed";
    static final String CAPACITY_PROVIDER = "arn:aws:ecs:us-east-1:123456789012:capacity-provider/batch-cp";

    private static FakeAws fake;
    private static ModelView m;
    private static AwsScan scan;

    @BeforeAll
    static void scan() throws Exception {
        fake = FakeAws.start("inventory", "seed");
        scan = Scans.read(fake, new Scans.Lines());
        m = new ModelView(scan.model());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void everyPageIsReadWithItsOwnToken() {
        assertEquals(List.of(), scan.warnings());
        assertEquals(3, fake.count("ec2:DescribeInstances"));
        assertEquals(2, fake.count("autoscaling:DescribeAutoScalingGroups"));
        assertEquals(2, fake.count("rds:DescribeDBInstances"));
        assertEquals(2, fake.count("elasticloadbalancing:DescribeTargetGroups"));
        assertEquals(2, fake.count("ecs:ListTasks"));
        assertEquals(List.of("i-0aaa0000000000001", "i-0bbb0000000000002", "i-0ccc0000000000003"), m.ids("instance"));
        assertEquals(2, m.ids("auto_scaling_group").size());
        assertEquals(2, m.ids("db_instance").size());
        assertEquals(2, m.ids("target_group").size());
        assertEquals(2, m.ids("ecs_task").size());
    }

    @Test
    void instancesHaveTheirZoneSubnetAndState() {
        assertEquals(List.of("use1-az2"), m.related("instance", "i-0bbb0000000000002", "az"));
        assertEquals(List.of("subnet-0bbb0000000000002"), m.related("instance", "i-0bbb0000000000002", "subnet"));
        assertEquals("stopped", m.attr("instance", "i-0ccc0000000000003", "state"));
        assertEquals("t3.micro", m.attr("instance", "i-0ccc0000000000003", "instance_type"));
        assertEquals(List.of(CLUSTER), m.related("instance", "i-0ccc0000000000003", "ecs_cluster"));
    }

    @Test
    void instanceTargetsTakeTheirInstancesZoneAndHealth() {
        String a = BATCH_TG + "/i-0aaa0000000000001:80";
        String b = BATCH_TG + "/i-0bbb0000000000002:80";
        assertEquals(List.of(a, b), m.related("target_group", BATCH_TG, "target"));
        assertEquals("healthy", m.attr("target", a, "health"));
        assertEquals("unhealthy", m.attr("target", b, "health"));
        assertEquals(List.of("use1-az1"), m.related("target", a, "az"));
        assertEquals(List.of("use1-az2"), m.related("target", b, "az"));
        assertEquals("instance", m.attr("target_group", BATCH_TG, "target_type"));
    }

    @Test
    void autoScalingGroupsHaveSizesPlacesInstancesAndTargetGroups() {
        assertEquals("batch", m.attr("auto_scaling_group", ASG, "name"));
        assertEquals(2L, m.attr("auto_scaling_group", ASG, "min_size"));
        assertEquals(6L, m.attr("auto_scaling_group", ASG, "max_size"));
        assertEquals(2L, m.attr("auto_scaling_group", ASG, "desired_capacity"));
        assertEquals(true, m.attr("auto_scaling_group", ASG, "capacity_rebalance"));
        assertEquals(List.of("subnet-0aaa0000000000001", "subnet-0bbb0000000000002"),
                m.related("auto_scaling_group", ASG, "subnet"));
        assertEquals(List.of("use1-az1", "use1-az2"), m.related("auto_scaling_group", ASG, "az"));
        assertEquals(List.of("i-0aaa0000000000001", "i-0bbb0000000000002"),
                m.related("auto_scaling_group", ASG, "instance"));
        assertEquals(List.of(ASG), m.related("instance", "i-0aaa0000000000001", "auto_scaling_group"));
        assertEquals(List.of(ASG), m.related("target_group", BATCH_TG, "auto_scaling_group"));
        assertEquals(List.of(CAPACITY_PROVIDER), m.related("auto_scaling_group", ASG, "capacity_provider"));
        assertEquals(List.of(ASG), m.related("capacity_provider", CAPACITY_PROVIDER, "auto_scaling_group"));
        assertEquals(90L, m.attr("capacity_provider", CAPACITY_PROVIDER, "target_capacity"));
        assertEquals(true, m.attr("capacity_provider", CAPACITY_PROVIDER, "managed_scaling"));
    }

    @Test
    void dbInstancesHaveSettingsSubnetsGroupsAndZones() {
        String orders = "arn:aws:rds:us-east-1:123456789012:db:orders";
        String reports = "arn:aws:rds:us-east-1:123456789012:db:reports";
        assertEquals("orders", m.attr("db_instance", orders, "id"));
        assertEquals("postgres", m.attr("db_instance", orders, "engine"));
        assertEquals(5432L, m.attr("db_instance", orders, "port"));
        assertEquals(false, m.attr("db_instance", orders, "multi_az"));
        assertEquals(false, m.attr("db_instance", orders, "storage_encrypted"));
        assertEquals(false, m.attr("db_instance", orders, "publicly_accessible"));
        assertEquals(true, m.attr("db_instance", reports, "multi_az"));
        assertEquals(true, m.attr("db_instance", reports, "deletion_protection"));
        assertEquals(List.of("use1-az1", "use1-az2"), m.related("db_instance", reports, "az"));
        assertEquals(List.of("subnet-0aaa0000000000001", "subnet-0bbb0000000000002"),
                m.related("db_instance", orders, "subnet"));
        assertEquals(List.of("sg-0b000000000000002"), m.related("db_instance", orders, "security_group"));
    }

    @Test
    void bucketsHaveTheirSettingsAndMissingConfigurationsAreFalse() {
        assertEquals(List.of("invar-logs", "invar-data"), m.ids("bucket"));
        assertEquals(true, m.attr("bucket", "invar-logs", "versioning"));
        assertEquals(true, m.attr("bucket", "invar-logs", "encrypted"));
        assertEquals(true, m.attr("bucket", "invar-logs", "public_access_blocked"));
        assertEquals(false, m.attr("bucket", "invar-data", "versioning"), "Suspended is not enabled");
        assertEquals(false, m.attr("bucket", "invar-data", "encrypted"), "no configuration: S3 answers 404");
        assertEquals(false, m.attr("bucket", "invar-data", "public_access_blocked"));
        assertEquals("arn:aws:s3:::invar-logs", m.origin("bucket", "invar-logs"));
    }

    @Test
    void runningTasksCountOnlyRunningOnesPerZone() {
        assertEquals(1L, m.attr("az", "use1-az1", "running_tasks"));
        assertEquals(0L, m.attr("az", "use1-az2", "running_tasks"), "the task there is PENDING");
        assertNull(m.unknownRelation("ecs_service", SeedScenarioTest.SERVICE, "ecs_task"));
    }
}
