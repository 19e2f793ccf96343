package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The same generated infrastructure (a load balancer in n subnets of n AZs, a listener, a
 * target group, an ECS service with some desired count) as a plan, where ids are known after
 * apply and links exist only as references, and as the state it leaves, where links are ids:
 * the same entities and the same verdicts.
 */
class PlanStateAgreementTest {
    private static final RuleSet RULES = Invar.compile("""
            rule nodes { assert every az with alb_node has healthy_targets >= 1 }
            rule spread { assert every ecs_service with load_balancer has desired_count >= az_count }
            rule public { assert no load_balancer with scheme == "internet-facing" has some subnet with is_public == false }
            """);

    private record Infra(int zones, int desired, boolean internal, boolean application) {
    }

    private static String zone(int i) {
        return "eu-north-1" + (char) ('a' + i);
    }

    private static String state(Infra infra) {
        List<String> r = new ArrayList<>();
        List<String> subnetIds = new ArrayList<>();
        for (int i = 0; i < infra.zones(); i++) {
            subnetIds.add("'subnet-" + i + "'");
            r.add("{'mode': 'managed', 'type': 'aws_subnet', 'name': 's', 'instances': [{'index_key': " + i
                    + ", 'attributes': {'id': 'subnet-" + i + "', 'availability_zone': '" + zone(i) + "',"
                    + " 'vpc_id': 'vpc-1'}}]}");
        }
        String subnets = String.join(", ", subnetIds);
        r.add("{'mode': 'managed', 'type': 'aws_vpc', 'name': 'v', 'instances': [{'attributes': {'id': 'vpc-1',"
                + " 'main_route_table_id': 'rtb-1'}}]}");
        r.add("{'mode': 'managed', 'type': 'aws_default_route_table', 'name': 'm', 'instances': [{'attributes': {"
                + "'id': 'rtb-1', 'vpc_id': 'vpc-1', 'route': [{'cidr_block': '0.0.0.0/0', 'gateway_id': 'igw-1'}]}}]}");
        r.add("{'mode': 'managed', 'type': 'aws_lb', 'name': 'lb', 'instances': [{'attributes': {'arn': 'arn:lb',"
                + " 'id': 'arn:lb', 'subnets': [" + subnets + "], 'internal': " + infra.internal()
                + ", 'load_balancer_type': '" + (infra.application() ? "application" : "network") + "'}}]}");
        r.add("{'mode': 'managed', 'type': 'aws_lb_target_group', 'name': 'tg', 'instances': [{'attributes': {"
                + "'arn': 'arn:tg', 'id': 'arn:tg', 'target_type': 'ip'}}]}");
        r.add("{'mode': 'managed', 'type': 'aws_lb_listener', 'name': 'l', 'instances': [{'attributes': {"
                + "'arn': 'arn:l', 'load_balancer_arn': 'arn:lb', 'default_action': [{'type': 'forward',"
                + " 'target_group_arn': 'arn:tg'}]}}]}");
        r.add("{'mode': 'managed', 'type': 'aws_ecs_service', 'name': 'svc', 'instances': [{'attributes': {"
                + "'desired_count': " + infra.desired() + ", 'network_configuration': [{'subnets': [" + subnets + "]}],"
                + " 'load_balancer': [{'target_group_arn': 'arn:tg'}]}}]}");
        return "{'version': 4, 'terraform_version': '1.11.4', 'serial': 1, 'lineage': 'x', 'resources': ["
                + String.join(", ", r) + "]}";
    }

    private static String plan(Infra infra) {
        List<String> planned = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < infra.zones(); i++) {
            planned.add("{'address': 'aws_subnet.s[" + i + "]', 'mode': 'managed', 'type': 'aws_subnet', 'name': 's',"
                    + " 'index': " + i + ", 'values': {'availability_zone': '" + zone(i) + "'}}");
            changes.add(change("aws_subnet", "s", i, "{'id': true, 'vpc_id': true}"));
        }
        planned.add(resource("aws_vpc", "v", "{}"));
        changes.add(change("aws_vpc", "v", null, "{'id': true, 'main_route_table_id': true}"));
        planned.add(resource("aws_default_route_table", "m", "{'route': [{'cidr_block': '0.0.0.0/0'}]}"));
        changes.add(change("aws_default_route_table", "m", null, "{'id': true, 'vpc_id': true, 'default_route_table_id': true,"
                + " 'route': [{'gateway_id': true}]}"));
        planned.add(resource("aws_lb", "lb", "{'internal': " + infra.internal() + ", 'load_balancer_type': '"
                + (infra.application() ? "application" : "network") + "'}"));
        changes.add(change("aws_lb", "lb", null, "{'id': true, 'arn': true, 'subnets': true}"));
        planned.add(resource("aws_lb_target_group", "tg", "{'target_type': 'ip'}"));
        changes.add(change("aws_lb_target_group", "tg", null, "{'id': true, 'arn': true}"));
        planned.add(resource("aws_lb_listener", "l", "{'default_action': [{'type': 'forward'}]}"));
        changes.add(change("aws_lb_listener", "l", null, "{'load_balancer_arn': true,"
                + " 'default_action': [{'target_group_arn': true}]}"));
        planned.add(resource("aws_ecs_service", "svc", "{'desired_count': " + infra.desired()
                + ", 'network_configuration': [{}], 'load_balancer': [{}]}"));
        changes.add(change("aws_ecs_service", "svc", null, "{'network_configuration': [{'subnets': true}],"
                + " 'load_balancer': [{'target_group_arn': true}]}"));
        String config = "{'resources': ["
                + config("aws_default_route_table", "m", "'default_route_table_id': {'references': ['aws_vpc.v.default_route_table_id', 'aws_vpc.v']},"
                + " 'route': {'references': ['aws_internet_gateway.g.id', 'aws_internet_gateway.g']}") + ", "
                + config("aws_lb", "lb", "'subnets': {'references': ['aws_subnet.s']}, 'internal': {'constant_value': "
                + infra.internal() + "}, 'load_balancer_type': {'constant_value': 'x'}") + ", "
                + config("aws_lb_listener", "l", "'load_balancer_arn': {'references': ['aws_lb.lb.arn', 'aws_lb.lb']},"
                + " 'default_action': [{'target_group_arn': {'references': ['aws_lb_target_group.tg.arn', 'aws_lb_target_group.tg']}}]") + ", "
                + config("aws_ecs_service", "svc", "'network_configuration': [{'subnets': {'references': ['aws_subnet.s']}}],"
                + " 'load_balancer': [{'target_group_arn': {'references': ['aws_lb_target_group.tg.arn', 'aws_lb_target_group.tg']}}]")
                + ", " + config("aws_subnet", "s", "'vpc_id': {'references': ['aws_vpc.v.id', 'aws_vpc.v']}")
                + "]}";
        String planJson = Inline.plan(String.join(", ", planned), String.join(", ", changes), config);
        // the internet gateway of the route is a type the schema reads, so plan it too
        return planJson.replace("'resources': [{'address': 'aws_subnet.s[0]'", "'resources': [{'address': 'aws_internet_gateway.g',"
                + " 'mode': 'managed', 'type': 'aws_internet_gateway', 'name': 'g', 'values': {}}, {'address': 'aws_subnet.s[0]'");
    }

    private static String resource(String type, String name, String values) {
        return "{'address': '" + type + "." + name + "', 'mode': 'managed', 'type': '" + type + "', 'name': '" + name
                + "', 'values': " + values + "}";
    }

    private static String change(String type, String name, Integer index, String unknown) {
        return "{'address': '" + type + "." + name + (index == null ? "" : "[" + index + "]") + "', 'mode': 'managed',"
                + " 'type': '" + type + "', 'name': '" + name + "'" + (index == null ? "" : ", 'index': " + index)
                + ", 'change': {'actions': ['create'], 'after': {}, 'after_unknown': " + unknown + "}}";
    }

    private static String config(String type, String name, String expressions) {
        return "{'address': '" + type + "." + name + "', 'mode': 'managed', 'type': '" + type + "', 'name': '" + name
                + "', 'expressions': {" + expressions + "}}";
    }

    private static List<String> verdicts(Model model) {
        Report report = RULES.evaluate(model);
        List<String> out = new ArrayList<>();
        report.results().forEach(r -> out.add(r.rule() + "=" + r.verdict() + " " + r.findings().stream()
                .map(f -> f.entity().id() + ":" + f.verdict()).sorted().toList()));
        return out;
    }

    @Test
    void planAndStateAgree() {
        qt().withExamples(60).forAll(integers().between(1, 4), integers().between(0, 9), booleans().all(),
                booleans().all()).asWithPrecursor(Infra::new).checkAssert((zones, desired, internal, application, infra) -> {
                    Model plan = Inline.load(plan(infra));
                    Model state = Inline.load(state(infra));
                    for (String kind : List.of("subnet", "az", "load_balancer", "lb_node", "listener", "target_group",
                            "ecs_service", "target", "route")) {
                        assertEquals(state.table(kind).size(), plan.table(kind).size(), kind + " of " + infra);
                    }
                    assertEquals(verdicts(state), verdicts(plan), infra.toString());
                });
    }
}
