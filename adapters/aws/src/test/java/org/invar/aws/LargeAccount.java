package org.invar.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An emulated account with many application load balancers, served by {@link FakeAws} over the
 * seed scenario's network (subnet A 10.0.1.0/24 in use1-az1, subnet B 10.0.2.0/24 in use1-az2):
 * each ALB has subnets in both zones and one HTTP listener forwarding to its own IP target group.
 * Fargate services ({@link LargeEcs}, clusters of a hundred) are registered in the groups in turn
 * (service j in group ((j - 1) mod albs) + 1); a group's healthy targets are its services' tasks.
 * A service runs two tasks, one in each zone, except those that run one, in zone a: every
 * service of a group listed as empty in zone b, and the second service of each even-numbered
 * group. So the listed ALBs have targets in zone a only and every other ALB in both zones.
 */
public final class LargeAccount {
    private static final String ELB = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    private static final String PREFIX = "arn:aws:elasticloadbalancing:us-east-1:" + FakeAws.ACCOUNT + ":";

    private LargeAccount() {
    }

    static String lbArn(int i) {
        return PREFIX + "loadbalancer/app/alb-" + i + "/" + hex(i, 'a');
    }

    private static String listenerArn(int i) {
        return PREFIX + "listener/app/alb-" + i + "/" + hex(i, 'a') + "/" + hex(i, 'c');
    }

    private static String groupArn(int i) {
        return PREFIX + "targetgroup/tg-" + i + "/" + hex(i, 'b');
    }

    /** A 16-digit id unique per ALB and part (a: load balancer, b: group, c: listener). */
    private static String hex(int i, char part) {
        return String.format("%c%015x", part, i);
    }

    /** The emulated services: service j is in group ((j - 1) mod albs) + 1, its cluster the ((j - 1) / 100 + 1)th. */
    static List<LargeEcs.Service> services(int albs, int count, Set<Integer> emptyZoneB) {
        List<LargeEcs.Service> services = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            int group = (j - 1) % albs + 1;
            boolean secondOfEven = (j - 1) / albs == 1 && group % 2 == 0;
            int desired = emptyZoneB.contains(group) || secondOfEven ? 1 : 2;
            services.add(new LargeEcs.Service(j, (j - 1) / LargeEcs.SERVICES_PER_CLUSTER + 1, groupArn(group),
                    desired));
        }
        return services;
    }

    public static FakeAws serve(FakeAws fake, int albs, int services, Set<Integer> emptyZoneB) {
        LargeEcs ecs = new LargeEcs(services(albs, services, emptyZoneB));
        ecs.serve(fake);
        StringBuilder lbs = new StringBuilder();
        StringBuilder groups = new StringBuilder();
        for (int i = 1; i <= albs; i++) {
            lbs.append("<member><LoadBalancerArn>").append(lbArn(i)).append("</LoadBalancerArn>")
                    .append("<Scheme>internet-facing</Scheme><LoadBalancerName>alb-").append(i)
                    .append("</LoadBalancerName><VpcId>vpc-0a1b2c3d4e5f60001</VpcId><AvailabilityZones>")
                    .append("<member><SubnetId>subnet-0aaa0000000000001</SubnetId><ZoneName>us-east-1a</ZoneName></member>")
                    .append("<member><SubnetId>subnet-0bbb0000000000002</SubnetId><ZoneName>us-east-1b</ZoneName></member>")
                    .append("</AvailabilityZones><State><Code>active</Code></State><Type>application</Type></member>");
            groups.append("<member><TargetGroupArn>").append(groupArn(i)).append("</TargetGroupArn><TargetGroupName>tg-")
                    .append(i).append("</TargetGroupName><Protocol>HTTP</Protocol><Port>8080</Port>")
                    .append("<VpcId>vpc-0a1b2c3d4e5f60001</VpcId><TargetType>ip</TargetType><LoadBalancerArns><member>")
                    .append(lbArn(i)).append("</member></LoadBalancerArns></member>");
            fake.answer("elasticloadbalancing/DescribeListeners." + hex(i, 'a') + ".xml", response("DescribeListeners",
                    "<Listeners><member><LoadBalancerArn>" + lbArn(i) + "</LoadBalancerArn><Protocol>HTTP</Protocol>"
                            + "<Port>80</Port><ListenerArn>" + listenerArn(i) + "</ListenerArn><DefaultActions><member>"
                            + "<Type>forward</Type><TargetGroupArn>" + groupArn(i) + "</TargetGroupArn></member>"
                            + "</DefaultActions></member></Listeners>"));
            fake.answer("elasticloadbalancing/DescribeRules." + hex(i, 'c') + ".xml", response("DescribeRules",
                    "<Rules><member><IsDefault>true</IsDefault><Conditions/><Priority>default</Priority><Actions>"
                            + "<member><Type>forward</Type><TargetGroupArn>" + groupArn(i) + "</TargetGroupArn></member>"
                            + "</Actions><RuleArn>" + listenerArn(i).replace(":listener/", ":listener-rule/") + "/"
                            + hex(i, 'd') + "</RuleArn></member></Rules>"));
            StringBuilder targets = new StringBuilder();
            for (LargeEcs.Service s : ecs.services()) {
                for (int k = 0; k < s.desired() && s.targetGroupArn().equals(groupArn(i)); k++) {
                    targets.append(target(s.ip(k)));
                }
            }
            fake.answer("elasticloadbalancing/DescribeTargetHealth." + hex(i, 'b') + ".xml",
                    response("DescribeTargetHealth", "<TargetHealthDescriptions>" + targets + "</TargetHealthDescriptions>"));
        }
        fake.answer("elasticloadbalancing/DescribeLoadBalancers.xml",
                response("DescribeLoadBalancers", "<LoadBalancers>" + lbs + "</LoadBalancers>"));
        fake.answer("elasticloadbalancing/DescribeTargetGroups.xml",
                response("DescribeTargetGroups", "<TargetGroups>" + groups + "</TargetGroups>"));
        return fake;
    }

    private static String target(String ip) {
        return "<member><HealthCheckPort>8080</HealthCheckPort><TargetHealth><State>healthy</State></TargetHealth>"
                + "<Target><Port>8080</Port><Id>" + ip + "</Id></Target></member>";
    }

    private static String response(String action, String result) {
        return "<" + action + "Response xmlns=\"" + ELB + "\"><" + action + "Result>" + result + "</" + action
                + "Result><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></" + action + "Response>";
    }
}
