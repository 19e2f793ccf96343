package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/**
 * How links are found when a plan knows a value only after apply, on small plans written here:
 * explicit instance keys, count.index, module variables picked by count.index, constants passed
 * to modules, locals, and values known at plan time (data sources read while planning).
 */
class ReferenceLinkTest {
    private static String subnet(String address, String name, Object index, String zone) {
        String idx = index == null ? "" : index instanceof String s ? ", 'index': '" + s + "'" : ", 'index': " + index;
        return "{'address': '" + address + "', 'mode': 'managed', 'type': 'aws_subnet', 'name': '" + name + "'" + idx
                + ", 'values': {'availability_zone': '" + zone + "'}}";
    }

    private static String lb(String address) {
        return "{'address': '" + address + "', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x', 'values': {}}";
    }

    private static String unknownSubnets(String address) {
        return "{'address': '" + address + "', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                + " 'change': {'actions': ['create'], 'after': {}, 'after_unknown': {'subnets': true}}}";
    }

    private static String lbConfig(String refs) {
        return "{'address': 'aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                + " 'expressions': {'subnets': {'references': [" + refs + "]}}}";
    }

    private static final String SUBNETS = subnet("aws_subnet.a[0]", "a", 0, "eu-west-1a") + ", "
            + subnet("aws_subnet.a[1]", "a", 1, "eu-west-1b") + ", "
            + subnet("aws_subnet.a[2]", "a", 2, "eu-west-1c");

    private static List<String> lbSubnets(Model model, String lb) {
        return Fixtures.related(model, "load_balancer", lb, "subnet");
    }

    @Test
    void explicitKeysNarrowTheContainerReference() {
        Model model = Inline.load(Inline.plan(SUBNETS + ", " + lb("aws_lb.x"), unknownSubnets("aws_lb.x"),
                "{'resources': [" + lbConfig("'aws_subnet.a[1].id', 'aws_subnet.a[1]', 'aws_subnet.a',"
                        + " 'aws_subnet.a[2].id', 'aws_subnet.a[2]'") + "]}"));
        assertEquals(List.of("aws_subnet.a[1]", "aws_subnet.a[2]"), lbSubnets(model, "aws_lb.x"));
    }

    @Test
    void aBareReferenceIsEveryInstance() {
        Model model = Inline.load(Inline.plan(SUBNETS + ", " + lb("aws_lb.x"), unknownSubnets("aws_lb.x"),
                "{'resources': [" + lbConfig("'aws_subnet.a'") + "]}"));
        assertEquals(List.of("aws_subnet.a[0]", "aws_subnet.a[1]", "aws_subnet.a[2]"), lbSubnets(model, "aws_lb.x"));
        assertNull(Fixtures.unknownRelation(model, "load_balancer", "aws_lb.x", "subnet"));
    }

    @Test
    void localsCannotBeFollowedSoTheLinkIsUnknown() {
        Model model = Inline.load(Inline.plan(SUBNETS + ", " + lb("aws_lb.x"), unknownSubnets("aws_lb.x"),
                "{'resources': [" + lbConfig("'local.subnet_ids'") + "]}"));
        assertEquals(List.of(), lbSubnets(model, "aws_lb.x"));
        String reason = Fixtures.unknownRelation(model, "load_balancer", "aws_lb.x", "subnet");
        assertTrue(reason.contains("subnets of aws_lb.x is known after apply and comes from local.subnet_ids"), reason);
    }

    @Test
    void moduleVariablePickedByCountIndex() {
        // module.app: aws_instance.web with count = 2, subnet_id = var.subnet_ids[count.index]
        String instances = "{'address': 'module.app', 'resources': ["
                + "{'address': 'module.app.aws_instance.web[0]', 'mode': 'managed', 'type': 'aws_instance', 'name': 'web', 'index': 0, 'values': {}},"
                + "{'address': 'module.app.aws_instance.web[1]', 'mode': 'managed', 'type': 'aws_instance', 'name': 'web', 'index': 1, 'values': {}}]}";
        String plan = Inline.plan(SUBNETS, "{'address': 'module.app.aws_instance.web[0]', 'module_address': 'module.app',"
                        + " 'mode': 'managed', 'type': 'aws_instance', 'name': 'web', 'index': 0,"
                        + " 'change': {'actions': ['create'], 'after': {}, 'after_unknown': {'subnet_id': true, 'availability_zone': true}}},"
                        + "{'address': 'module.app.aws_instance.web[1]', 'module_address': 'module.app',"
                        + " 'mode': 'managed', 'type': 'aws_instance', 'name': 'web', 'index': 1,"
                        + " 'change': {'actions': ['create'], 'after': {}, 'after_unknown': {'subnet_id': true, 'availability_zone': true}}}",
                "{'module_calls': {'app': {'source': './app',"
                        + " 'expressions': {'subnet_ids': {'references': ['aws_subnet.a[2].id', 'aws_subnet.a[2]', 'aws_subnet.a[0].id', 'aws_subnet.a[0]', 'aws_subnet.a']}},"
                        + " 'module': {'resources': [{'address': 'aws_instance.web', 'mode': 'managed', 'type': 'aws_instance', 'name': 'web',"
                        + "   'expressions': {'subnet_id': {'references': ['var.subnet_ids', 'count.index']}}}]}}}}")
                .replace("{'resources': [" + SUBNETS + "]}", "{'resources': [" + SUBNETS + "], 'child_modules': [" + instances + "]}");
        Model model = Inline.load(plan);
        assertEquals(List.of("aws_subnet.a[2]"), Fixtures.related(model, "instance", "module.app.aws_instance.web[0]", "subnet"));
        assertEquals(List.of("aws_subnet.a[0]"), Fixtures.related(model, "instance", "module.app.aws_instance.web[1]", "subnet"));
        assertEquals(List.of("eu-west-1a"), Fixtures.related(model, "instance", "module.app.aws_instance.web[1]", "az"));
    }

    @Test
    void constantsPassedToAModuleAreLinkedByValue() {
        String plan = Inline.plan(subnet("aws_subnet.b", "b", null, "eu-west-1b"),
                "{'address': 'module.app.aws_lb.x', 'module_address': 'module.app', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                        + " 'change': {'actions': ['create'], 'after': {}, 'after_unknown': {'subnets': true}}}",
                "{'module_calls': {'app': {'source': './app',"
                        + " 'expressions': {'ids': {'constant_value': ['subnet-0existing']}, 'extra': {'references': ['aws_subnet.b.id', 'aws_subnet.b']}},"
                        + " 'module': {'resources': [{'address': 'aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                        + "   'expressions': {'subnets': {'references': ['var.ids', 'var.extra']}}}]}}}}")
                .replace("'resources': [{'address': 'aws_subnet.b'", "'child_modules': [{'address': 'module.app', 'resources': ["
                        + "{'address': 'module.app.aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x', 'values': {}}]}],"
                        + " 'resources': [{'address': 'aws_subnet.b'");
        Model model = Inline.load(plan);
        assertEquals(List.of("aws_subnet.b", "subnet-0existing"), lbSubnets(model, "module.app.aws_lb.x"));
        assertTrue(Fixtures.zoneCause(model, "subnet-0existing").contains("not described in this plan"));
    }

    @Test
    void knownIdsOfDataSourcesReadWhilePlanning() {
        String plan = "{'format_version': '1.2', 'planned_values': {'root_module': {'resources': ["
                + "{'address': 'aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                + " 'values': {'subnets': ['subnet-111', 'subnet-222'], 'internal': true}}]}},"
                + " 'resource_changes': [], 'prior_state': {'values': {'root_module': {'resources': ["
                + "{'address': 'data.aws_subnet.one', 'mode': 'data', 'type': 'aws_subnet', 'name': 'one',"
                + " 'values': {'id': 'subnet-111', 'availability_zone': 'us-east-2a', 'vpc_id': 'vpc-1'}},"
                + "{'address': 'data.aws_subnet.two', 'mode': 'data', 'type': 'aws_subnet', 'name': 'two',"
                + " 'values': {'id': 'subnet-222', 'availability_zone': 'us-east-2b', 'vpc_id': 'vpc-1'}}]}}}}";
        Model model = Inline.load(plan);
        assertEquals(List.of("data.aws_subnet.one", "data.aws_subnet.two"), lbSubnets(model, "aws_lb.x"));
        assertEquals(List.of("us-east-2a", "us-east-2b"), Fixtures.related(model, "load_balancer", "aws_lb.x", "az"));
        assertEquals("internal", Fixtures.attribute(model, "load_balancer", "aws_lb.x", "scheme").orElseThrow().display());
    }

    @Test
    void theSameDataSourceReadInSeveralModulesIsOneEntity() {
        String vpc = "'mode': 'data', 'type': 'aws_vpc', 'name': 'default', 'values': {'id': 'vpc-1', 'cidr_block': '10.0.0.0/16'}}";
        String state = "{'format_version': '1.0', 'values': {'root_module': {'resources': ["
                + "{'address': 'data.aws_vpc.default', " + vpc + ","
                + "{'address': 'aws_security_group.sg', 'mode': 'managed', 'type': 'aws_security_group', 'name': 'sg',"
                + " 'values': {'id': 'sg-1', 'vpc_id': 'vpc-1', 'ingress': [], 'egress': []}}],"
                + " 'child_modules': [{'address': 'module.m', 'resources': [{'address': 'module.m.data.aws_vpc.default', " + vpc
                + "]}]}}}";
        Model model = Inline.load(state);
        assertEquals(List.of("data.aws_vpc.default"), model.table("vpc").ids());
        assertEquals(List.of("data.aws_vpc.default"), Fixtures.related(model, "security_group", "aws_security_group.sg", "vpc"));
    }

    @Test
    void aNameSeveralModuleInstancesShareIsTheReferencedOne() {
        // module.stack with count = 2: each instance's cluster is named "shared", and each
        // instance's capacity provider association names it, by value and by reference.
        StringBuilder planned = new StringBuilder();
        StringBuilder changes = new StringBuilder();
        String[] providers = {"FARGATE", "FARGATE_SPOT"};
        for (int i = 0; i < 2; i++) {
            String module = "module.stack[" + i + "]";
            planned.append(i == 0 ? "" : ",").append("{'address': '").append(module).append("', 'resources': ["
                    + "{'address': '").append(module).append(".aws_ecs_cluster.main', 'mode': 'managed', 'type': 'aws_ecs_cluster',"
                    + " 'name': 'main', 'values': {'name': 'shared'}},"
                    + "{'address': '").append(module).append(".aws_ecs_cluster_capacity_providers.main', 'mode': 'managed',"
                    + " 'type': 'aws_ecs_cluster_capacity_providers', 'name': 'main', 'values': {'cluster_name': 'shared',"
                    + " 'capacity_providers': ['").append(providers[i]).append("']}}]}");
            changes.append(i == 0 ? "" : ",").append("{'address': '").append(module).append(".aws_ecs_cluster.main',"
                    + " 'module_address': '").append(module).append("', 'mode': 'managed', 'type': 'aws_ecs_cluster', 'name': 'main',"
                    + " 'change': {'actions': ['create'], 'after': {'name': 'shared'}, 'after_unknown': {'arn': true}}}");
        }
        String plan = Inline.plan("", changes.toString(),
                "{'module_calls': {'stack': {'source': './stack', 'count_expression': {'constant_value': 2},"
                        + " 'module': {'resources': [{'address': 'aws_ecs_cluster.main', 'mode': 'managed', 'type': 'aws_ecs_cluster', 'name': 'main',"
                        + "   'expressions': {'name': {'constant_value': 'shared'}}},"
                        + "  {'address': 'aws_ecs_cluster_capacity_providers.main', 'mode': 'managed', 'type': 'aws_ecs_cluster_capacity_providers',"
                        + "   'name': 'main', 'expressions': {'cluster_name': {'references': ['aws_ecs_cluster.main.name', 'aws_ecs_cluster.main']}}}]}}}}")
                .replace("{'resources': []}", "{'child_modules': [" + planned + "]}");
        Model model = Inline.load(plan);
        assertEquals(List.of("FARGATE"), Fixtures.related(model, "ecs_cluster", "module.stack[0].aws_ecs_cluster.main", "capacity_provider"));
        assertEquals(List.of("FARGATE_SPOT"), Fixtures.related(model, "ecs_cluster", "module.stack[1].aws_ecs_cluster.main", "capacity_provider"));
    }
}
