package org.invar.agreement;

import static org.invar.agreement.Trees.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.invar.agreement.Infra.Balancer;
import org.invar.agreement.Infra.DefaultRoute;
import org.invar.agreement.Infra.Group;
import org.invar.agreement.Infra.PublicAccess;
import org.invar.agreement.Infra.RouteTable;
import org.invar.agreement.Infra.Rule;
import org.invar.agreement.Infra.RuleStyle;
import org.invar.agreement.Infra.Service;
import org.invar.agreement.Infra.Subnet;
import org.invar.agreement.Infra.Versioning;

/**
 * An {@link Infra} as the JSON {@code terraform show -json} prints for a plan of its first apply
 * (Terraform 1.11, AWS provider 5.100): ids and ARNs are known only after apply, so links between
 * resources are in the configuration's references. The shapes are those of the real plans in the
 * Terraform adapter's fixtures; AZs are literal zone names, the names the CloudFormation adapter
 * gives {@code Fn::GetAZs} of the same region.
 */
final class PlanRenderer {
    static final String PROVIDER = "registry.terraform.io/hashicorp/aws";

    private final Infra infra;
    private final List<PlannedResource> resources = new ArrayList<>();

    private PlanRenderer(Infra infra) {
        this.infra = infra;
    }

    static String render(Infra infra) {
        PlanRenderer r = new PlanRenderer(infra);
        r.network();
        r.groups();
        r.balancer();
        r.ecs();
        r.scalingGroup();
        r.database();
        r.bucket();
        return JsonText.write(r.plan());
    }

    private Map<String, Object> plan() {
        Map<String, Object> provider = obj("aws", obj("name", "aws", "full_name", PROVIDER,
                "version_constraint", "5.100.0",
                "expressions", obj("region", obj("constant_value", Infra.REGION))));
        return obj(
                "format_version", "1.2",
                "terraform_version", "1.11.4",
                "planned_values", obj("root_module", obj("resources",
                        resources.stream().map(PlannedResource::plannedValue).toList())),
                "resource_changes", resources.stream().map(PlannedResource::change).toList(),
                "configuration", obj("provider_config", provider, "root_module", obj("resources",
                        resources.stream().map(PlannedResource::configuration).toList())),
                "timestamp", "2026-01-01T00:00:00Z",
                "applyable", true,
                "complete", true,
                "errored", false);
    }

    private PlannedResource add(String type, String name, int schemaVersion) {
        PlannedResource r = new PlannedResource(type, name, schemaVersion);
        resources.add(r);
        return r;
    }

    private static List<String> addresses(List<Integer> indices, String prefix) {
        return indices.stream().map(i -> prefix + i).toList();
    }

    private void network() {
        add("aws_vpc", "main", 1).constant("cidr_block", "10.0.0.0/16").computed("arn", "main_route_table_id",
                "default_route_table_id");
        for (int i = 0; i < infra.subnets().size(); i++) {
            Subnet s = infra.subnets().get(i);
            Map<String, Object> tags = obj("Name", s.name(i));
            PlannedResource subnet = add("aws_subnet", "s" + i, 1)
                    .constant("cidr_block", s.cidr(i))
                    .constant("map_public_ip_on_launch", s.mapPublicIp())
                    .constant("tags", tags)
                    .value("tags_all", tags)
                    .references("vpc_id", "id", "aws_vpc.main")
                    .computed("arn", "availability_zone_id", "owner_id");
            if (s.zoneGiven()) {
                subnet.constant("availability_zone", Infra.zoneName(s.az()));
            } else {
                // Not set: AWS picks the zone, so the plan has it only after apply (no value, no expression).
                subnet.computed("availability_zone");
            }
        }
        if (infra.internetGateway()) {
            add("aws_internet_gateway", "igw", 0).value("tags", null).references("vpc_id", "id", "aws_vpc.main")
                    .computed("arn", "owner_id");
        }
        for (int n = 0; n < infra.natSubnets().size(); n++) {
            add("aws_eip", "nat" + n, 0).constant("domain", "vpc").computed("allocation_id", "public_ip");
            add("aws_nat_gateway", "nat" + n, 0).value("connectivity_type", "public")
                    .references("allocation_id", "id", "aws_eip.nat" + n)
                    .references("subnet_id", "id", "aws_subnet.s" + infra.natSubnets().get(n))
                    .computed("private_ip", "public_ip");
        }
        for (int t = 0; t < infra.routeTables().size(); t++) {
            routeTable(t, infra.routeTables().get(t));
        }
    }

    private void routeTable(int t, RouteTable table) {
        PlannedResource rt = add("aws_route_table", "rt" + t, 0).references("vpc_id", "id", "aws_vpc.main")
                .computed("arn", "owner_id", "propagating_vgws");
        String field = table.route() == DefaultRoute.INTERNET_GATEWAY ? "gateway_id" : "nat_gateway_id";
        String target = table.route() == DefaultRoute.INTERNET_GATEWAY ? "aws_internet_gateway.igw"
                : "aws_nat_gateway.nat" + table.nat();
        if (table.route() == DefaultRoute.NONE) {
            rt.computed("route");
        } else if (table.inlineInTerraform()) {
            Map<String, Object> route = obj("carrier_gateway_id", "", "cidr_block", "0.0.0.0/0", "core_network_arn", "",
                    "destination_prefix_list_id", "", "egress_only_gateway_id", "", "gateway_id", "",
                    "ipv6_cidr_block", "", "local_gateway_id", "", "nat_gateway_id", "", "network_interface_id", "",
                    "transit_gateway_id", "", "vpc_endpoint_id", "", "vpc_peering_connection_id", "");
            route.remove(field);
            rt.values.put("route", List.of(route));
            rt.unknown.put("route", List.of(obj(field, true)));
            rt.expressions.put("route", PlannedResource.refs("id", List.of(target)));
        } else {
            rt.computed("route");
            PlannedResource route = add("aws_route", "rt" + t + "_default", 0)
                    .constant("destination_cidr_block", "0.0.0.0/0")
                    .references("route_table_id", "id", "aws_route_table.rt" + t)
                    .references(field, "id", target)
                    .computed("instance_id", "origin", "state");
            route.value(field.equals("gateway_id") ? "nat_gateway_id" : "gateway_id", null);
        }
        for (int s : table.subnets()) {
            add("aws_route_table_association", "rt" + t + "_s" + s, 0).value("gateway_id", null)
                    .references("subnet_id", "id", "aws_subnet.s" + s)
                    .references("route_table_id", "id", "aws_route_table.rt" + t);
        }
    }

    private void groups() {
        for (int g = 0; g < infra.groups().size(); g++) {
            Group group = infra.groups().get(g);
            PlannedResource sg = add("aws_security_group", "g" + g, 1)
                    .constant("name", group.name())
                    .constant("description", "group " + g)
                    .value("revoke_rules_on_delete", false)
                    .references("vpc_id", "id", "aws_vpc.main")
                    .computed("arn", "owner_id", "name_prefix");
            if (group.terraformStyle() == RuleStyle.INLINE) {
                List<Object> ingress = new ArrayList<>();
                for (Rule rule : group.ingress()) {
                    ingress.add(inlineRule(rule.protocol(), Math.max(rule.from(), 0), Math.max(rule.to(), 0), rule.cidr()));
                }
                sg.constant("ingress", ingress);
                sg.constant("egress", List.of(inlineRule("-1", 0, 0, "0.0.0.0/0")));
                List<Object> unknownIngress = new ArrayList<>();
                for (int i = 0; i < ingress.size(); i++) {
                    unknownIngress.add(obj("cidr_blocks", List.of(false), "ipv6_cidr_blocks", List.of(),
                            "prefix_list_ids", List.of(), "security_groups", List.of()));
                }
                sg.unknown.put("ingress", unknownIngress);
                sg.unknown.put("egress", List.of(obj("cidr_blocks", List.of(false), "ipv6_cidr_blocks", List.of(),
                        "prefix_list_ids", List.of(), "security_groups", List.of())));
                continue;
            }
            // Rules as resources of their own: the group's inline lists are whatever AWS has after apply.
            sg.computed("ingress", "egress");
            for (int r = 0; r < group.ingress().size(); r++) {
                ruleResource(group.terraformStyle(), "ingress", g, r, group.ingress().get(r));
            }
            ruleResource(group.terraformStyle(), "egress", g, 0, new Rule("-1", -1, -1, "0.0.0.0/0", -1));
        }
    }

    /** An inline rule as the provider plans it: every field present, unset lists empty. */
    private static Map<String, Object> inlineRule(String protocol, int from, int to, String cidr) {
        return obj("cidr_blocks", List.of(cidr), "description", "", "from_port", from, "ipv6_cidr_blocks", List.of(),
                "prefix_list_ids", List.of(), "protocol", protocol, "security_groups", List.of(), "self", false,
                "to_port", to);
    }

    private void ruleResource(RuleStyle style, String direction, int g, int r, Rule rule) {
        String group = "aws_security_group.g" + g;
        if (style == RuleStyle.SECURITY_GROUP_RULE) {
            PlannedResource p = add("aws_security_group_rule", "g" + g + "_" + direction + r, 2)
                    .constant("type", direction)
                    .constant("protocol", rule.protocol())
                    .constant("from_port", Math.max(rule.from(), 0))
                    .constant("to_port", Math.max(rule.to(), 0))
                    .value("self", false)
                    .value("description", null)
                    .value("ipv6_cidr_blocks", null)
                    .value("prefix_list_ids", null)
                    .references("security_group_id", "id", group)
                    .computed("security_group_rule_id");
            if (rule.fromPeer()) {
                p.value("cidr_blocks", null).references("source_security_group_id", "id", "aws_security_group.g" + rule.peer());
            } else {
                p.constant("cidr_blocks", List.of(rule.cidr())).computed("source_security_group_id");
                p.unknown.put("cidr_blocks", List.of(false));
            }
            return;
        }
        String type = direction.equals("ingress") ? "aws_vpc_security_group_ingress_rule" : "aws_vpc_security_group_egress_rule";
        PlannedResource p = add(type, "g" + g + "_" + direction + r, 0)
                .constant("ip_protocol", rule.protocol())
                .value("cidr_ipv6", null)
                .value("description", null)
                .value("prefix_list_id", null)
                .value("tags", null)
                .references("security_group_id", "id", group)
                .computed("arn", "security_group_rule_id");
        if (rule.from() >= 0) {
            p.constant("from_port", rule.from()).constant("to_port", rule.to());
        } else {
            p.value("from_port", null).value("to_port", null);
        }
        if (rule.fromPeer()) {
            p.value("cidr_ipv4", null).references("referenced_security_group_id", "id", "aws_security_group.g" + rule.peer());
        } else {
            p.constant("cidr_ipv4", rule.cidr()).value("referenced_security_group_id", null);
        }
    }

    private void balancer() {
        if (infra.balancer().isEmpty()) {
            return;
        }
        Balancer b = infra.balancer().get();
        PlannedResource lb = add("aws_lb", "lb", 0)
                .constant("load_balancer_type", b.type())
                .constant("internal", b.internal())
                .value("drop_invalid_header_fields", b.network() ? null : false)
                .references("subnets", "id", addresses(b.subnets(), "aws_subnet.s"))
                .computed("arn", "dns_name", "subnet_mapping", "vpc_id", "zone_id");
        if (b.named()) {
            lb.constant("name", "agreement-lb");
        } else {
            lb.computed("name");
        }
        if (b.network()) {
            lb.constant("enable_cross_zone_load_balancing", b.crossZone());
        } else {
            lb.value("enable_cross_zone_load_balancing", null);
        }
        if (b.groups().isEmpty()) {
            lb.computed("security_groups");
        } else {
            lb.references("security_groups", "id", addresses(b.groups(), "aws_security_group.g"));
        }

        PlannedResource tg = add("aws_lb_target_group", "tg", 0)
                .constant("port", 8080)
                .constant("protocol", b.protocol())
                .constant("target_type", b.targetType().name().toLowerCase(Locale.ROOT))
                .references("vpc_id", "id", "aws_vpc.main")
                .computed("arn", "arn_suffix");
        if (b.named()) {
            tg.constant("name", "agreement-targets");
        } else {
            tg.computed("name");
        }
        if (b.healthCheckPath().isEmpty()) {
            tg.computed("health_check");
        } else {
            tg.block("health_check",
                    obj("enabled", true, "healthy_threshold", 3, "interval", 30, "path", b.healthCheckPath(),
                            "port", "traffic-port", "protocol", b.protocol(), "unhealthy_threshold", 3),
                    obj("matcher", true, "timeout", true),
                    obj("path", obj("constant_value", b.healthCheckPath())));
        }

        add("aws_lb_listener", "listener", 0)
                .constant("port", 80)
                .constant("protocol", b.protocol())
                .references("load_balancer_arn", "arn", "aws_lb.lb")
                .computed("arn")
                .block("default_action",
                        obj("authenticate_cognito", List.of(), "authenticate_oidc", List.of(), "fixed_response", List.of(),
                                "forward", List.of(), "redirect", List.of(), "type", "forward"),
                        obj("authenticate_cognito", List.of(), "authenticate_oidc", List.of(), "fixed_response", List.of(),
                                "forward", List.of(), "order", true, "redirect", List.of(), "target_group_arn", true),
                        obj("target_group_arn", PlannedResource.refs("arn", List.of("aws_lb_target_group.tg")),
                                "type", obj("constant_value", "forward")));
    }

    private void ecs() {
        if (!infra.cluster()) {
            return;
        }
        add("aws_ecs_cluster", "main", 0).constant("name", "agreement").computed("arn");
        for (int i = 0; i < infra.services().size(); i++) {
            Service s = infra.services().get(i);
            PlannedResource svc = add("aws_ecs_service", "svc" + i, 1)
                    .constant("name", s.name())
                    .constant("launch_type", "FARGATE")
                    .constant("desired_count", s.desired())
                    .constant("task_definition", "web:1")
                    .value("scheduling_strategy", "REPLICA")
                    .value("capacity_provider_strategy", List.of())
                    .value("ordered_placement_strategy", List.of())
                    .value("placement_constraints", List.of())
                    .references("cluster", "id", "aws_ecs_cluster.main")
                    .computed("iam_role", "platform_version");
            Map<String, Object> network = obj("assign_public_ip", s.publicIp());
            Map<String, Object> networkUnknown = obj("subnets", true);
            Map<String, Object> networkExpressions = obj(
                    "assign_public_ip", obj("constant_value", s.publicIp()),
                    "subnets", PlannedResource.refs("id", addresses(s.subnets(), "aws_subnet.s")));
            if (s.groups().isEmpty()) {
                network.put("security_groups", null);
            } else {
                networkUnknown.put("security_groups", true);
                networkExpressions.put("security_groups",
                        PlannedResource.refs("id", addresses(s.groups(), "aws_security_group.g")));
            }
            svc.block("network_configuration", network, networkUnknown, networkExpressions);
            if (s.behindTargetGroup()) {
                svc.block("load_balancer",
                        obj("container_name", "web", "container_port", 8080, "elb_name", ""),
                        obj("target_group_arn", true),
                        obj("container_name", obj("constant_value", "web"), "container_port", obj("constant_value", 8080),
                                "target_group_arn", PlannedResource.refs("arn", List.of("aws_lb_target_group.tg"))));
            } else {
                svc.value("load_balancer", List.of());
            }
        }
    }

    private void scalingGroup() {
        infra.scalingGroup().ifPresent(asg -> {
            add("aws_launch_template", "hosts", 0)
                    .constant("name", "agreement-hosts")
                    .constant("image_id", "ami-12345678")
                    .constant("instance_type", asg.instanceType())
                    .computed("arn", "latest_version");
            PlannedResource group = add("aws_autoscaling_group", "hosts", 1)
                    .constant("name", "agreement-hosts")
                    .constant("min_size", asg.min())
                    .constant("max_size", asg.max())
                    .references("vpc_zone_identifier", "id", addresses(asg.subnets(), "aws_subnet.s"))
                    .computed("arn", "availability_zones", "load_balancers", "predicted_capacity")
                    .block("launch_template", obj("version", "$Latest"), obj("id", true, "name", true),
                            obj("id", PlannedResource.refs("id", List.of("aws_launch_template.hosts")),
                                    "version", obj("constant_value", "$Latest")));
            asg.desired().ifPresentOrElse(d -> group.constant("desired_capacity", d), () -> group.computed("desired_capacity"));
            if (asg.behindTargetGroup()) {
                group.references("target_group_arns", "arn", "aws_lb_target_group.tg");
            } else {
                group.computed("target_group_arns");
            }
        });
    }

    private void database() {
        infra.database().ifPresent(db -> {
            add("aws_db_subnet_group", "db", 1)
                    .constant("name", "agreement-db")
                    .references("subnet_ids", "id", addresses(db.subnets(), "aws_subnet.s"))
                    .computed("arn");
            PlannedResource instance = add("aws_db_instance", "db", 2)
                    .constant("identifier", "orders")
                    .constant("engine", "postgres")
                    .constant("instance_class", "db.t3.micro")
                    .constant("allocated_storage", 20)
                    .constant("username", "orders")
                    .constant("multi_az", db.multiAz())
                    .constant("storage_encrypted", db.encrypted())
                    .constant("deletion_protection", db.deletionProtection())
                    .constant("publicly_accessible", false)
                    .computed("arn", "port", "availability_zone", "address", "endpoint");
            // The subnet group's name is known at plan time, so the value is known as well as referred to.
            instance.value("db_subnet_group_name", "agreement-db");
            instance.expressions.put("db_subnet_group_name", PlannedResource.refs("name", List.of("aws_db_subnet_group.db")));
            if (db.groups().isEmpty()) {
                instance.computed("vpc_security_group_ids");
            } else {
                instance.references("vpc_security_group_ids", "id", addresses(db.groups(), "aws_security_group.g"));
            }
        });
    }

    private void bucket() {
        infra.bucket().ifPresent(b -> {
            add("aws_s3_bucket", "data", 0).constant("bucket", b.name()).value("force_destroy", false)
                    .computed("arn", "acl", "versioning", "server_side_encryption_configuration");
            if (b.versioning() != Versioning.UNSET) {
                add("aws_s3_bucket_versioning", "data", 0)
                        .references("bucket", "id", "aws_s3_bucket.data")
                        .block("versioning_configuration",
                                obj("status", b.versioning() == Versioning.ENABLED ? "Enabled" : "Suspended"),
                                obj("mfa_delete", true),
                                obj("status", obj("constant_value",
                                        b.versioning() == Versioning.ENABLED ? "Enabled" : "Suspended")));
            }
            if (b.kms()) {
                Map<String, Object> byDefault = obj("kms_master_key_id", "", "sse_algorithm", "aws:kms");
                add("aws_s3_bucket_server_side_encryption_configuration", "data", 0)
                        .references("bucket", "id", "aws_s3_bucket.data")
                        .block("rule", obj("apply_server_side_encryption_by_default", List.of(byDefault),
                                        "bucket_key_enabled", null),
                                obj("apply_server_side_encryption_by_default", List.of(obj())),
                                obj("apply_server_side_encryption_by_default", List.of(
                                        obj("sse_algorithm", obj("constant_value", "aws:kms")))));
            }
            if (b.publicAccess() != PublicAccess.UNSET) {
                add("aws_s3_bucket_public_access_block", "data", 0)
                        .references("bucket", "id", "aws_s3_bucket.data")
                        .constant("block_public_acls", true)
                        .constant("block_public_policy", true)
                        .constant("ignore_public_acls", true)
                        .constant("restrict_public_buckets", b.publicAccess() == PublicAccess.ALL_BLOCKED);
            }
        });
    }
}
