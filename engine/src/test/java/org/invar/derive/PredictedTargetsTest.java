package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Infra.AZ_B;
import static org.invar.derive.Infra.AZ_C;
import static org.invar.derive.Reads.related;
import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class PredictedTargetsTest {

    @Test
    void eachAzGetsTheGuaranteedMinimum() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("ecs_service", "metadata").origin(Origin.at("svc.yml", 7, 3));
        Model m = b.build();

        String a = "tg/metadata/" + AZ_A + "/1";
        String bb = "tg/metadata/" + AZ_B + "/1";
        assertEquals(List.of(a, bb), m.table("target").ids());
        assertEquals(Value.of("predicted"), value(m, "target", a, "health"));
        assertEquals(List.of("tg"), related(m, "target", a, "target_group"));
        assertEquals(List.of(AZ_B), related(m, "target", bb, "az"));
        assertEquals(List.of(a, bb), related(m, "target_group", "tg", "target"));
        assertEquals(List.of(a), related(m, "az", AZ_A, "target"));
        assertEquals("svc.yml:7:3", m.table("target").origin(Reads.index(m, "target", a)).display());
    }

    @Test
    void theRemainderIsNotGuaranteedAnywhere() {
        assertEquals(0, Infra.seed(Value.of(1)).build().table("target").size());
        assertEquals(2, Infra.seed(Value.of(3)).build().table("target").size());
        assertEquals(0, Infra.seed(Value.of(0)).build().table("target").size());
        Model five = Infra.seed(Value.of(5)).build();
        assertEquals(List.of("tg/metadata/" + AZ_A + "/1", "tg/metadata/" + AZ_A + "/2"),
                related(five, "az", AZ_A, "target"));
    }

    @Test
    void anUnknownDesiredCountInventsNoTarget() {
        Model m = Infra.seed(Value.unknown("parameter ServiceCount has no value")).build();

        assertEquals(0, m.table("target").size());
    }

    @Test
    void aCountNoServiceCanHaveIsUnknownRatherThanMillionsOfTargets() {
        Model m = Infra.seed(Value.of(Integer.MAX_VALUE)).build();

        assertEquals(0, m.table("target").size());
        Value healthy = value(m, "az", AZ_A, "healthy_targets");
        org.junit.jupiter.api.Assertions.assertTrue(healthy instanceof Value.Unknown u
                && u.reason().contains("more than AWS runs in one service or group"), String.valueOf(healthy));
    }

    @Test
    void liveTargetsAreFactsAndNothingIsPredicted() {
        ModelBuilder b = Infra.seed(Value.of(4));
        b.entity("target", "10.0.1.5:8080").set("health", "unhealthy").relate("target_group", "tg").relate("az", AZ_A);
        Model m = b.build();

        assertEquals(List.of("10.0.1.5:8080"), m.table("target").ids());
    }

    @Test
    void targetsAnAdapterRegisteredAsPredictedAreKeptAndNothingIsAdded() {
        ModelBuilder b = Infra.seed(Value.of(4));
        b.entity("target", "i-123").set("health", "predicted").relate("target_group", "tg").relate("az", AZ_C);
        Model m = b.build();
        Model again = b.build();

        assertEquals(List.of("i-123"), m.table("target").ids());
        assertEquals(List.of("i-123"), again.table("target").ids());
    }

    @Test
    void aLiveServiceWithoutTargetsGetsNoPredictedTargets() {
        ModelBuilder b = Infra.seed(Value.of(4));
        b.entity("ecs_service", "metadata").set("running_count", 0L);
        Model m = b.build();

        assertEquals(0, m.table("target").size());
    }

    @Test
    void aTargetGroupWhoseTargetsCouldNotBeReadGetsNoPredictedTargets() {
        ModelBuilder b = Infra.seed(Value.of(4));
        b.entity("target_group", "tg").unknownRelation("target", "elasticloadbalancing:DescribeTargetHealth denied");
        Model m = b.build();

        assertEquals(0, m.table("target").size());
    }

    @Test
    void aConditionalServicePredictsConditionalTargets() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("ecs_service", "metadata").existenceUnknown("condition Enabled cannot be decided");
        Model m = b.build();

        int t = Reads.index(m, "target", "tg/metadata/" + AZ_A + "/1");
        assertEquals("ecs_service metadata may not exist (condition Enabled cannot be decided)",
                m.table("target").existenceUnknown(t));
    }

    @Test
    void anAutoScalingGroupSpreadsOverItsAzs() {
        ModelBuilder b = Infra.seed(Value.of(0));
        b.entity("auto_scaling_group", "web").set("desired_capacity", 7L).relate("az", AZ_A, AZ_B, AZ_C);
        b.entity("target_group", "tg").relate("auto_scaling_group", "web");
        Model m = b.build();

        assertEquals(6, m.table("target").size());
        assertEquals(List.of("tg/web/" + AZ_C + "/1", "tg/web/" + AZ_C + "/2"), related(m, "az", AZ_C, "target"));
    }

    @Test
    void anAutoScalingGroupWithoutDesiredCapacityKeepsItsMinimumInTheAzsOfItsSubnets() {
        ModelBuilder b = Infra.seed(Value.of(0));
        b.entity("auto_scaling_group", "web").set("min_size", 2L).set("max_size", 6L)
                .relate("subnet", "subnet1", "subnet3");
        b.entity("target_group", "tg").relate("auto_scaling_group", "web");
        Model m = b.build();

        assertEquals(List.of("tg/web/" + AZ_A + "/1", "tg/web/" + AZ_C + "/1"), m.table("target").ids());
    }

    @Test
    void applyingTwiceDoesNotDoubleUp() {
        ModelBuilder b = Infra.seed(Value.of(4));
        Derivations.apply(b);
        Derivations.apply(b);
        Model m = b.build();

        assertEquals(4, m.table("target").size());
        assertEquals(4, related(m, "target_group", "tg", "target").size());
        assertEquals(2, related(m, "az", AZ_A, "target").size());
    }

    @Test
    void targetsThatNoLongerFollowAreRemovedOnTheNextBuild() {
        ModelBuilder b = Infra.seed(Value.of(4));
        assertEquals(4, b.build().table("target").size());

        b.entity("ecs_service", "metadata").set("desired_count", 2L);
        Model m = b.build();
        assertEquals(List.of("tg/metadata/" + AZ_A + "/1", "tg/metadata/" + AZ_B + "/1"), m.table("target").ids());
        assertEquals(1, related(m, "az", AZ_A, "target").size());
    }
}
