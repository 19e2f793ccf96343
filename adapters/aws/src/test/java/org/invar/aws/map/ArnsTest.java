package org.invar.aws.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.invar.aws.scan.ScanScope;
import org.junit.jupiter.api.Test;

/** Names read back from ARNs, for entities known only by a reference, and ARNs built for origins. */
class ArnsTest {
    @Test
    void namesComeFromEachServicesArnShape() {
        assertEquals("seed-alb", Arns.name("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/seed-alb/50dc6c495c0c9188"));
        assertEquals("seed-ui", Arns.name("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/seed-ui/73e2d6bc24d8a067"));
        assertEquals("ui", Arns.name("arn:aws:ecs:us-east-1:123456789012:service/seed/ui"));
        assertEquals("ui", Arns.name("arn:aws:ecs:us-east-1:123456789012:service/ui"), "the old service ARN format");
        assertEquals("seed", Arns.name("arn:aws:ecs:us-east-1:123456789012:cluster/seed"));
        assertEquals("batch", Arns.name("arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:"
                + "930d940e-891e-4781-a11a-7b0acd480f03:autoScalingGroupName/batch"));
        assertEquals("orders", Arns.name("arn:aws:rds:us-east-1:123456789012:db:orders"));
        assertEquals("sg-1", Arns.name("sg-1"), "not an ARN: itself");
    }

    @Test
    void loadBalancerTypesAreSpelledInTheirArns() {
        assertEquals("network", Arns.loadBalancerType("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/net/n/1"));
        assertEquals("gateway", Arns.loadBalancerType("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/gwy/g/1"));
        assertEquals("application", Arns.loadBalancerType("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/a/1"));
    }

    @Test
    void ec2ResourcesGetTheirArnInTheirPartition() {
        assertEquals("arn:aws-cn:ec2:cn-north-1:123456789012:subnet/subnet-1",
                Arns.of(new ScanScope("123456789012", "cn-north-1", false), "subnet", "subnet-1"));
        assertEquals("arn:aws:s3:::logs", Arns.of(new ScanScope("123456789012", "us-east-1", false), "bucket", "logs"));
        assertEquals("arn:aws:ecs:us-east-1:1:cluster/c",
                Arns.of(new ScanScope("1", "us-east-1", false), "ecs_cluster", "arn:aws:ecs:us-east-1:1:cluster/c"));
    }

    @Test
    void targetHealthStatesAreTheLoadBalancersOwnWords() {
        assertEquals("healthy", TargetGroupMapper.health("healthy"));
        assertEquals("draining", TargetGroupMapper.health("unhealthy.draining"));
        assertEquals("unavailable", TargetGroupMapper.health("unavailable"));
    }
}
