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
