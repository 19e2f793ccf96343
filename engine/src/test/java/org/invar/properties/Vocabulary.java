package org.invar.properties;

import java.util.List;
import java.util.Map;

/**
 * The small sets of values generated models hold and generated rules compare with, kept small
 * so that equalities, memberships and matches hit as often as they miss.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Kinds the model generator fills, the simplest first. */
    static final List<String> KINDS = List.of("az", "subnet", "vpc", "route_table", "route", "load_balancer",
            "listener", "target_group", "ecs_service", "ecs_cluster", "instance", "bucket", "security_group",
            "ingress");

    /** How many entities of each kind a model holds at most. */
    static final Map<String, Integer> MAX_COUNT = Map.ofEntries(Map.entry("az", 3), Map.entry("subnet", 4),
            Map.entry("vpc", 2), Map.entry("route_table", 2), Map.entry("route", 3), Map.entry("load_balancer", 2),
            Map.entry("listener", 3), Map.entry("target_group", 2), Map.entry("ecs_service", 3),
            Map.entry("ecs_cluster", 2), Map.entry("instance", 3), Map.entry("bucket", 2),
            Map.entry("security_group", 2), Map.entry("ingress", 3));

    /**
     * The relations the generator draws, each from the side that is to-one when the schema pairs
     * it with an inverse (the builder fills the other side), so that a to-one relation never
     * gets two targets.
     */
    static final Map<String, List<String>> RELATIONS = Map.ofEntries(
            Map.entry("subnet", List.of("az", "vpc", "route_table")),
            Map.entry("route_table", List.of("vpc")),
            Map.entry("route", List.of("route_table")),
            Map.entry("load_balancer", List.of("subnet", "security_group")),
            Map.entry("listener", List.of("load_balancer", "target_group")),
            Map.entry("target_group", List.of("ecs_service")),
            Map.entry("ecs_service", List.of("ecs_cluster", "subnet", "security_group")),
            Map.entry("instance", List.of("subnet", "az", "ecs_cluster")),
            Map.entry("ingress", List.of("security_group", "peer")));

    private static final Map<String, List<String>> STRINGS = Map.ofEntries(
            Map.entry("name", List.of("web", "api", "web-api", "db")),
            Map.entry("zone_id", List.of("use1-az1", "use1-az2")),
            Map.entry("cidr", List.of("10.0.0.0/16", "10.0.1.0/24", "0.0.0.0/0")),
            Map.entry("destination", List.of("0.0.0.0/0", "10.0.0.0/16", "::/0")),
            Map.entry("target_type", List.of("internet_gateway", "nat_gateway", "local", "ip", "instance")),
            Map.entry("type", List.of("application", "network", "gateway")),
            Map.entry("scheme", List.of("internet-facing", "internal")),
            Map.entry("protocol", List.of("HTTP", "HTTPS", "tcp", "-1")),
            Map.entry("launch_type", List.of("FARGATE", "EC2")),
            Map.entry("scheduling_strategy", List.of("REPLICA", "DAEMON")),
            Map.entry("state", List.of("running", "stopped")),
            Map.entry("instance_type", List.of("m5.large", "t3.micro")),
            Map.entry("health_check_path", List.of("/", "/health")),
            Map.entry("default_route_target", List.of("internet_gateway", "nat_gateway", "none")));

    private static final List<String> OTHER_STRINGS = List.of("a", "b", "ab");

    private static final Map<String, List<Long>> INTS = Map.ofEntries(
            Map.entry("port", List.of(80L, 443L, 8080L)),
            Map.entry("from_port", List.of(0L, 22L, 443L)),
            Map.entry("to_port", List.of(22L, 443L, 65535L)),
            Map.entry("desired_count", List.of(0L, 1L, 2L, 3L, 4L)),
            Map.entry("running_count", List.of(0L, 1L, 2L)));

    private static final List<Long> OTHER_INTS = List.of(0L, 1L, 2L, 3L);

    /** Values an attribute of a generated model may hold. */
    static List<String> strings(String attribute) {
        return STRINGS.getOrDefault(attribute, OTHER_STRINGS);
    }

    static List<Long> ints(String attribute) {
        return INTS.getOrDefault(attribute, OTHER_INTS);
    }

    /** Substrings and regular expressions to test the strings above with. */
    static final List<String> PARTS = List.of("web", "a", "0/", "nat", "-", "zzz");
    static final List<String> PATTERNS = List.of("web.*", "[a-z]+", "api|db", ".*0/0", "in.*", "");

    static final List<String> REASONS = List.of("parameter P has no value", "API call denied",
            "known after apply");
}
