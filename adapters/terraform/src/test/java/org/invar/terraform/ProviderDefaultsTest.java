package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Values a plan leaves null or knows only after apply although AWS's default is certain: the
 * model has the default, as a CloudFormation template of the same resource gives it.
 */
class ProviderDefaultsTest {
    private static String value(Model model, String kind, String id, String attribute) {
        return Fixtures.attribute(model, kind, id, attribute).map(v -> v.display()).orElse("(absent)");
    }

    @Test
    void aLoadBalancerWhosePlanLeavesInternalNullIsInternetFacing() {
        Model model = Inline.load(Inline.plan(
                "{'address': 'aws_lb.a', 'mode': 'managed', 'type': 'aws_lb', 'name': 'a',"
                        + " 'values': {'name': 'a', 'internal': null, 'load_balancer_type': null}}, "
                        + "{'address': 'aws_lb.b', 'mode': 'managed', 'type': 'aws_lb', 'name': 'b',"
                        + " 'values': {'name': 'b', 'internal': null}}",
                "{'address': 'aws_lb.a', 'mode': 'managed', 'type': 'aws_lb', 'name': 'a',"
                        + " 'change': {'actions': ['create'], 'after': {'name': 'a', 'internal': null,"
                        + " 'load_balancer_type': null}, 'after_unknown': {'id': true}}}, "
                        + "{'address': 'aws_lb.b', 'mode': 'managed', 'type': 'aws_lb', 'name': 'b',"
                        + " 'change': {'actions': ['create'], 'after': {'name': 'b'},"
                        + " 'after_unknown': {'id': true, 'internal': true}}}",
                "{'resources': [{'address': 'aws_lb.b', 'mode': 'managed', 'type': 'aws_lb', 'name': 'b',"
                        + " 'expressions': {'internal': {'references': ['var.internal']}}}]}"));
        assertEquals("internet-facing", value(model, "load_balancer", "aws_lb.a", "scheme"));
        assertEquals("application", value(model, "load_balancer", "aws_lb.a", "type"));
        assertEquals("unknown", value(model, "load_balancer", "aws_lb.b", "scheme"),
                "known only after apply, from a variable the plan alone does not settle: not the default");
    }

    @Test
    void anExistingResourceIsNotDefaulted() {
        Model model = Inline.load(Inline.plan(
                "{'address': 'aws_lb.a', 'mode': 'managed', 'type': 'aws_lb', 'name': 'a',"
                        + " 'values': {'name': 'a', 'load_balancer_type': 'application', 'drop_invalid_header_fields': null}}",
                "{'address': 'aws_lb.a', 'mode': 'managed', 'type': 'aws_lb', 'name': 'a',"
                        + " 'change': {'actions': ['update'], 'after': {'name': 'a', 'load_balancer_type': 'application',"
                        + " 'drop_invalid_header_fields': null}, 'after_unknown': {}}}",
                "{'resources': []}"));
        assertEquals("(absent)", value(model, "load_balancer", "aws_lb.a", "drop_invalid_header_fields"),
                "an update's null may be a setting an older provider did not read");
    }

    @Test
    void databaseFlagsLeftNullAreOff() {
        Model model = Inline.load(Inline.plan(
                "{'address': 'aws_db_instance.a', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'a',"
                        + " 'values': {'identifier': 'a', 'engine': 'postgres', 'multi_az': null,"
                        + " 'publicly_accessible': null, 'storage_encrypted': null}}",
                "{'address': 'aws_db_instance.a', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'a',"
                        + " 'change': {'actions': ['create'], 'after': {'identifier': 'a', 'engine': 'postgres',"
                        + " 'multi_az': null, 'publicly_accessible': null, 'storage_encrypted': null},"
                        + " 'after_unknown': {'id': true}}}",
                "{'resources': []}"));
        for (String flag : java.util.List.of("multi_az", "publicly_accessible", "storage_encrypted")) {
            assertEquals("false", value(model, "db_instance", "aws_db_instance.a", flag), flag);
        }
    }

    @Test
    void theTableLeavesWhatIsUnknownAndFillsWhatIsNull() {
        java.util.Map<String, org.invar.terraform.json.Json> values = org.invar.terraform.mapping.ProviderDefaults
                .apply("aws_lb", java.util.Map.of("internal", org.invar.terraform.json.Json.NULL),
                        java.util.Map.of("load_balancer_type", org.invar.terraform.json.Json.TRUE));
        assertEquals(new org.invar.terraform.json.Json.Bool(false), values.get("internal"));
        assertEquals(null, values.get("load_balancer_type"), "known after apply: no default");
        assertEquals(new org.invar.terraform.json.Json.Bool(false), values.get("drop_invalid_header_fields"));
    }

    @Test
    void capacityRebalanceNotSetIsOff() {
        Model model = Inline.load(Inline.plan(
                "{'address': 'aws_autoscaling_group.a', 'mode': 'managed', 'type': 'aws_autoscaling_group', 'name': 'a',"
                        + " 'values': {'name': 'a', 'min_size': 1, 'max_size': 2, 'capacity_rebalance': null}}",
                "{'address': 'aws_autoscaling_group.a', 'mode': 'managed', 'type': 'aws_autoscaling_group', 'name': 'a',"
                        + " 'change': {'actions': ['create'], 'after': {'name': 'a', 'min_size': 1, 'max_size': 2,"
                        + " 'capacity_rebalance': null}, 'after_unknown': {'id': true, 'arn': true}}}",
                "{'resources': []}"));
        assertEquals("false", value(model, "auto_scaling_group", "aws_autoscaling_group.a", "capacity_rebalance"));
    }

    @Test
    void aDatabasePortNotSetIsItsEnginesDefault() {
        Model model = Inline.load(Inline.plan(
                "{'address': 'aws_db_instance.a', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'a',"
                        + " 'values': {'identifier': 'a', 'engine': 'postgres'}}, "
                        + "{'address': 'aws_db_instance.b', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'b',"
                        + " 'values': {'identifier': 'b', 'engine': 'mysql', 'port': 3307}}",
                "{'address': 'aws_db_instance.a', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'a',"
                        + " 'change': {'actions': ['create'], 'after': {'identifier': 'a', 'engine': 'postgres'},"
                        + " 'after_unknown': {'id': true, 'port': true}}}, "
                        + "{'address': 'aws_db_instance.b', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'b',"
                        + " 'change': {'actions': ['create'], 'after': {'identifier': 'b', 'engine': 'mysql', 'port': 3307},"
                        + " 'after_unknown': {'id': true}}}",
                "{'resources': [{'address': 'aws_db_instance.a', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'a',"
                        + " 'expressions': {'engine': {'constant_value': 'postgres'}}},"
                        + " {'address': 'aws_db_instance.b', 'mode': 'managed', 'type': 'aws_db_instance', 'name': 'b',"
                        + " 'expressions': {'engine': {'constant_value': 'mysql'}, 'port': {'constant_value': 3307}}}]}"));
        assertEquals("5432", value(model, "db_instance", "aws_db_instance.a", "port"));
        assertEquals("3307", value(model, "db_instance", "aws_db_instance.b", "port"));
    }
}
