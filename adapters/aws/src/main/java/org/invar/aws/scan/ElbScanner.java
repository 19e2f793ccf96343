package org.invar.aws.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * Reads ELBv2 in one region: load balancers with their attributes and listeners, the rules of
 * HTTP(S) listeners, target groups and the health of each group's targets.
 */
final class ElbScanner {
    private ElbScanner() {
    }

    static ElbSnapshot scan(ElasticLoadBalancingV2Client elb, Calls calls) {
        Fetched<List<LoadBalancer>> lbs = calls.fetch("elasticloadbalancing:DescribeLoadBalancers",
                () -> elb.describeLoadBalancersPaginator().stream().flatMap(p -> p.loadBalancers().stream()).toList());
        Map<String, Fetched<List<LoadBalancerAttribute>>> attributes = new LinkedHashMap<>();
        Map<String, Fetched<List<Listener>>> listeners = new LinkedHashMap<>();
        Map<String, Fetched<List<Rule>>> rules = new LinkedHashMap<>();
        for (LoadBalancer lb : lbs.orElse(List.of())) {
            String arn = lb.loadBalancerArn();
            attributes.put(arn, calls.fetch("elasticloadbalancing:DescribeLoadBalancerAttributes",
                    () -> elb.describeLoadBalancerAttributes(r -> r.loadBalancerArn(arn)).attributes()));
            Fetched<List<Listener>> ls = calls.fetch("elasticloadbalancing:DescribeListeners",
                    () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(arn)).stream()
                            .flatMap(p -> p.listeners().stream()).toList());
            listeners.put(arn, ls);
            for (Listener l : ls.orElse(List.of())) {
                if (hasRules(l)) {
                    rules.put(l.listenerArn(), calls.fetch("elasticloadbalancing:DescribeRules",
                            () -> elb.describeRulesPaginator(r -> r.listenerArn(l.listenerArn())).stream()
                                    .flatMap(p -> p.rules().stream()).toList()));
                }
            }
        }
        Fetched<List<TargetGroup>> tgs = calls.fetch("elasticloadbalancing:DescribeTargetGroups",
                () -> elb.describeTargetGroupsPaginator().stream().flatMap(p -> p.targetGroups().stream()).toList());
        Map<String, Fetched<List<TargetHealthDescription>>> health = new LinkedHashMap<>();
        for (TargetGroup tg : tgs.orElse(List.of())) {
            // DescribeTargetHealth has no pages: one answer lists every registered target.
            health.put(tg.targetGroupArn(), calls.fetch("elasticloadbalancing:DescribeTargetHealth",
                    () -> elb.describeTargetHealth(r -> r.targetGroupArn(tg.targetGroupArn()))
                            .targetHealthDescriptions()));
        }
        return new ElbSnapshot(lbs, attributes, listeners, rules, tgs, health);
    }

    // Only application load balancers' listeners (HTTP, HTTPS) have rules beyond the default action.
    private static boolean hasRules(Listener l) {
        String protocol = l.protocolAsString();
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }
}
