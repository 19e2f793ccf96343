package org.invar.terraform.hcl.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.json.Json;

/**
 * The values the AWS provider gives attributes the mappings read when a configuration leaves them
 * unset, which a plan shows as known: {@code scheduling_strategy = "REPLICA"}. From the plans of
 * the test fixtures (AWS provider 5.100). {@code block.attribute} is an attribute of each nested
 * block of that type.
 */
final class ProviderDefaults {
    private static final Map<String, Map<String, Json>> BY_TYPE = Map.of(
            "aws_lb", Map.of("drop_invalid_header_fields", new Json.Bool(false),
                    "load_balancer_type", new Json.Str("application")),
            "aws_alb", Map.of("drop_invalid_header_fields", new Json.Bool(false),
                    "load_balancer_type", new Json.Str("application")),
            "aws_ecs_service", Map.of("scheduling_strategy", new Json.Str("REPLICA"),
                    "network_configuration.assign_public_ip", new Json.Bool(false)),
            "aws_ecs_cluster_capacity_providers", Map.of("default_capacity_provider_strategy.base", new Json.Num("0")),
            "aws_subnet", Map.of("map_public_ip_on_launch", new Json.Bool(false)),
            "aws_lb_target_group", Map.of("target_type", new Json.Str("instance")),
            "aws_alb_target_group", Map.of("target_type", new Json.Str("instance")),
            "aws_nat_gateway", Map.of("connectivity_type", new Json.Str("public")));

    private ProviderDefaults() {
    }

    /** The values with the defaults of what is neither set nor unknown. */
    static Map<String, Json> apply(String type, Map<String, Json> values, Map<String, Json> masks) {
        Map<String, Json> out = new LinkedHashMap<>(values);
        BY_TYPE.getOrDefault(type, Map.of()).forEach((path, value) -> {
            int dot = path.indexOf('.');
            if (path.equals("drop_invalid_header_fields") && values.get("load_balancer_type") instanceof Json.Str t
                    && !t.value().equals("application")) {
                return; // an ALB setting: the provider leaves it null for network and gateway load balancers
            }
            if (dot < 0) {
                if (!out.containsKey(path) && !masks.containsKey(path)) {
                    out.put(path, value);
                }
                return;
            }
            String block = path.substring(0, dot);
            String attribute = path.substring(dot + 1);
            if (out.get(block) instanceof Json.Arr blocks) {
                List<Json> filled = new ArrayList<>();
                for (Json b : blocks.items()) {
                    if (b instanceof Json.Obj o && o.get(attribute).isNull()) {
                        Map<String, Json> members = new LinkedHashMap<>(o.members());
                        members.put(attribute, value);
                        filled.add(new Json.Obj(members));
                    } else {
                        filled.add(b);
                    }
                }
                out.put(block, new Json.Arr(filled));
            }
        });
        return out;
    }
}
