package org.invar.terraform.hcl.document;

import java.util.Map;
import java.util.Set;

/**
 * The attributes the mappings read that the AWS provider computes when a configuration does not
 * set them, so a plan has them as known after apply (and an evaluated configuration must too,
 * or an unset AZ would read as no AZ). Taken from the {@code after_unknown} of the plans in
 * the test fixtures (Terraform 1.11, AWS provider 5.100), for attributes their configurations
 * leave unset; {@code id} and {@code arn} are computed for every type.
 */
final class ComputedAttributes {
    private static final Set<String> ALWAYS = Set.of("id", "arn");
    private static final Map<String, Set<String>> BY_TYPE = Map.ofEntries(
            Map.entry("aws_autoscaling_group", Set.of("availability_zones", "desired_capacity", "name")),
            Map.entry("aws_db_instance", Set.of("availability_zone", "identifier", "port")),
            Map.entry("aws_db_subnet_group", Set.of("vpc_id", "name")),
            Map.entry("aws_ecs_service", Set.of("launch_type")),
            Map.entry("aws_instance", Set.of("availability_zone", "instance_state", "security_groups",
                    "vpc_security_group_ids", "subnet_id")),
            Map.entry("aws_lb", Set.of("internal", "security_groups", "subnet_mapping", "subnets", "vpc_id", "name")),
            Map.entry("aws_alb", Set.of("internal", "security_groups", "subnet_mapping", "subnets", "vpc_id", "name")),
            Map.entry("aws_lb_target_group", Set.of("health_check", "name")),
            Map.entry("aws_alb_target_group", Set.of("health_check", "name")),
            Map.entry("aws_route_table", Set.of("route")),
            Map.entry("aws_s3_bucket", Set.of("acl", "server_side_encryption_configuration", "versioning", "bucket")),
            Map.entry("aws_security_group", Set.of("egress", "ingress", "name")),
            Map.entry("aws_subnet", Set.of("availability_zone", "availability_zone_id")),
            Map.entry("aws_vpc", Set.of("main_route_table_id", "default_route_table_id")),
            Map.entry("aws_launch_template", Set.of("name")));

    private ComputedAttributes() {
    }

    static boolean computed(String type, String attribute) {
        return ALWAYS.contains(attribute) || BY_TYPE.getOrDefault(type, Set.of()).contains(attribute);
    }
}
