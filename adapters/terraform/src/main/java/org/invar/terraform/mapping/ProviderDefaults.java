package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.json.Json;

/**
 * The AWS provider's documented defaults of the attributes the mappings read, for a resource
 * that leaves them unset: a plan shows some of them as known ({@code scheduling_strategy =
 * "REPLICA"}), others as null ({@code internal}, {@code capacity_rebalance} of older plans), and
 * an evaluated configuration has neither. Values as the AWS provider 5.100 gives them (the plans
 * of the test fixtures). {@code block.attribute} is an attribute of each nested block of that
 * type. A value known only after apply is left as it is: only null or absent takes the default.
 */
public final class ProviderDefaults {
    private static final Json FALSE = new Json.Bool(false);
    private static final Map<String, Json> LOAD_BALANCER = Map.of("drop_invalid_header_fields", FALSE,
            "load_balancer_type", new Json.Str("application"), "internal", FALSE);
    private static final Map<String, Json> TARGET_GROUP = Map.of("target_type", new Json.Str("instance"));
    private static final Map<String, Map<String, Json>> BY_TYPE = Map.of(
            "aws_lb", LOAD_BALANCER,
            "aws_alb", LOAD_BALANCER,
            "aws_ecs_service", Map.of("scheduling_strategy", new Json.Str("REPLICA"),
                    "network_configuration.assign_public_ip", FALSE),
            "aws_ecs_cluster_capacity_providers", Map.of("default_capacity_provider_strategy.base", new Json.Num("0")),
            "aws_subnet", Map.of("map_public_ip_on_launch", FALSE),
            "aws_lb_target_group", TARGET_GROUP,
            "aws_alb_target_group", TARGET_GROUP,
            "aws_nat_gateway", Map.of("connectivity_type", new Json.Str("public")),
            "aws_autoscaling_group", Map.of("capacity_rebalance", FALSE),
            "aws_db_instance", Map.of("multi_az", FALSE, "publicly_accessible", FALSE, "storage_encrypted", FALSE));

    private ProviderDefaults() {
    }

    /** Whether a DB instance takes its encryption from a source: a read replica or a snapshot's restore. */
    public static boolean inheritsEncryption(Map<String, Json> values, Map<String, Json> masks) {
        for (String source : List.of("replicate_source_db", "snapshot_identifier")) {
            Json v = values.get(source);
            if (v != null && !v.isNull() || unknown(masks.get(source))) {
                return true;
            }
        }
        return false;
    }

    /** The table, by resource type: attribute (or {@code block.attribute}) to its default. */
    public static Map<String, Map<String, Json>> table() {
        return BY_TYPE;
    }

    /**
     * The values with the defaults of what is null or absent and not unknown.
     *
     * @param masks by attribute, what is known only after apply (the shape of a plan's {@code after_unknown})
     */
    public static Map<String, Json> apply(String type, Map<String, Json> values, Map<String, Json> masks) {
        Map<String, Json> out = new LinkedHashMap<>(values);
        BY_TYPE.getOrDefault(type, Map.of()).forEach((path, value) -> {
            int dot = path.indexOf('.');
            if (path.equals("drop_invalid_header_fields") && values.get("load_balancer_type") instanceof Json.Str t
                    && !t.value().equals("application")) {
                return; // an ALB setting: the provider leaves it null for network and gateway load balancers
            }
            if (path.equals("storage_encrypted") && inheritsEncryption(values, masks)) {
                return; // a read replica or a snapshot's restore is encrypted as its source is
            }
            if (dot < 0) {
                if (absent(out.get(path)) && !unknown(masks.get(path))) {
                    out.put(path, value);
                }
                return;
            }
            String block = path.substring(0, dot);
            String attribute = path.substring(dot + 1);
            if (out.get(block) instanceof Json.Arr blocks) {
                Json blockMasks = masks.get(block);
                List<Json> filled = new ArrayList<>();
                for (int i = 0; i < blocks.items().size(); i++) {
                    Json b = blocks.items().get(i);
                    Json mask = blockMasks == null ? null : blockMasks.at(i).get(attribute);
                    if (b instanceof Json.Obj o && o.get(attribute).isNull() && !unknown(mask)) {
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

    private static boolean absent(Json v) {
        return v == null || v.isNull();
    }

    private static boolean unknown(Json mask) {
        return mask != null && (Json.TRUE.equals(mask) || mask instanceof Json.Str);
    }
}
