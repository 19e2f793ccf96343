package org.invar.bench;

/** The rules of DESIGN.md §3, as the benchmarks run them. */
public final class DesignRules {
    public static final String TEXT = """
            every az with alb_node has healthy_targets >= 1

            param min_azs = 3

            rule ecs-service-covers-its-azs {
              severity high
              message "{name} runs {desired_count} task(s) over {count(distinct subnet.az)} AZs"
              assert every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)
            }

            rule internet-facing-alb-in-public-subnets {
              severity critical
              assert no load_balancer with scheme == "internet-facing" has some subnet with default_route_target == "nat_gateway"
            }

            rule tasks-only-where-the-lb-has-a-node {
              severity high
              assert every ecs_service as svc with load_balancer has every subnet has az in svc.load_balancer.subnet.az
            }

            rule cluster-spans-three-azs { assert every ecs_cluster with instance has count(distinct instance.az) >= min_azs }
            """;

    private DesignRules() {
    }
}
