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
}
