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
 * HTTP(S) listeners, target groups and the health of each group's targets. The reads of
 * different load balancers, and of different target groups, run {@link #AT_ONCE} at a time.
 */
final class ElbScanner {
    /** How many of a region's per-load-balancer or per-target-group reads run at once. */
    static final int AT_ONCE = 4;

    private ElbScanner() {
    }

    static ElbSnapshot scan(ElasticLoadBalancingV2Client elb, Calls calls) {
        Fetched<List<LoadBalancer>> lbs = calls.fetch("elasticloadbalancing:DescribeLoadBalancers",
                () -> elb.describeLoadBalancersPaginator().stream().flatMap(p -> p.loadBalancers().stream()).toList());
        Map<String, Fetched<List<LoadBalancerAttribute>>> attributes = new LinkedHashMap<>();
        Map<String, Fetched<List<Listener>>> listeners = new LinkedHashMap<>();
        Map<String, Fetched<List<Rule>>> rules = new LinkedHashMap<>();
        List<String> arns = lbs.orElse(List.<LoadBalancer>of()).stream().map(LoadBalancer::loadBalancerArn).toList();
        Concurrently.each(arns, AT_ONCE, arn -> ofLoadBalancer(elb, calls, arn)).forEach((arn, read) -> {
            attributes.put(arn, read.attributes());
            listeners.put(arn, read.listeners());
            rules.putAll(read.rules());
        });
        Fetched<List<TargetGroup>> tgs = calls.fetch("elasticloadbalancing:DescribeTargetGroups",
                () -> elb.describeTargetGroupsPaginator().stream().flatMap(p -> p.targetGroups().stream()).toList());
        List<String> groups = tgs.orElse(List.<TargetGroup>of()).stream().map(TargetGroup::targetGroupArn).toList();
        // DescribeTargetHealth has no pages: one answer lists every registered target.
        Map<String, Fetched<List<TargetHealthDescription>>> health = Concurrently.each(groups, AT_ONCE,
                arn -> calls.fetch("elasticloadbalancing:DescribeTargetHealth",
                        () -> elb.describeTargetHealth(r -> r.targetGroupArn(arn)).targetHealthDescriptions()));
        return new ElbSnapshot(lbs, attributes, listeners, rules, tgs, health);
    }

    /** A load balancer's attributes, listeners and listener rules, read one after another. */
    private static PerLoadBalancer ofLoadBalancer(ElasticLoadBalancingV2Client elb, Calls calls, String arn) {
        Fetched<List<LoadBalancerAttribute>> attributes = calls.fetch(
                "elasticloadbalancing:DescribeLoadBalancerAttributes",
                () -> elb.describeLoadBalancerAttributes(r -> r.loadBalancerArn(arn)).attributes());
        Fetched<List<Listener>> listeners = calls.fetch("elasticloadbalancing:DescribeListeners",
                () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(arn)).stream()
                        .flatMap(p -> p.listeners().stream()).toList());
        Map<String, Fetched<List<Rule>>> rules = new LinkedHashMap<>();
        for (Listener l : listeners.orElse(List.of())) {
            if (hasRules(l)) {
                rules.put(l.listenerArn(), calls.fetch("elasticloadbalancing:DescribeRules",
                        () -> elb.describeRulesPaginator(r -> r.listenerArn(l.listenerArn())).stream()
                                .flatMap(p -> p.rules().stream()).toList()));
            }
        }
        return new PerLoadBalancer(attributes, listeners, rules);
    }

    private record PerLoadBalancer(Fetched<List<LoadBalancerAttribute>> attributes,
                                   Fetched<List<Listener>> listeners, Map<String, Fetched<List<Rule>>> rules) {
    }

    // Only application load balancers' listeners (HTTP, HTTPS) have rules beyond the default action.
    private static boolean hasRules(Listener l) {
        String protocol = l.protocolAsString();
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }
}
