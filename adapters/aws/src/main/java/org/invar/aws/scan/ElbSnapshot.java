package org.invar.aws.scan;

import java.util.Map;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * What Elastic Load Balancing v2 said in one region.
 *
 * @param attributes by load balancer ARN
 * @param listeners by load balancer ARN
 * @param rules by listener ARN (HTTP and HTTPS listeners only: others have no rules)
 * @param targetHealth by target group ARN
 */
public record ElbSnapshot(
        Fetched<List<LoadBalancer>> loadBalancers,
        Map<String, Fetched<List<LoadBalancerAttribute>>> attributes,
        Map<String, Fetched<List<Listener>>> listeners,
        Map<String, Fetched<List<Rule>>> rules,
        Fetched<List<TargetGroup>> targetGroups,
        Map<String, Fetched<List<TargetHealthDescription>>> targetHealth) {

    public ElbSnapshot {
        attributes = Map.copyOf(attributes);
        listeners = Map.copyOf(listeners);
        rules = Map.copyOf(rules);
        targetHealth = Map.copyOf(targetHealth);
    }

    public static ElbSnapshot failed(CallFailure f) {
        return new ElbSnapshot(Fetched.failed(f), Map.of(), Map.of(), Map.of(), Fetched.failed(f), Map.of());
    }
}
