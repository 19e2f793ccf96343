package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Infra.AZ_B;
import static org.invar.derive.Infra.AZ_C;
import static org.invar.derive.Reads.assertUnknownMentioning;
import static org.invar.derive.Reads.intValue;
import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class RunningTasksTest {

    @Test
    void staticServicesAddTheirGuaranteedMinimumPerAz() {
        ModelBuilder b = Infra.seed(Value.of(3));
        b.entity("ecs_service", "worker").set("desired_count", 6L).relate("subnet", "subnet1", "subnet2", "subnet3");
        Model m = b.build();

        assertEquals(1 + 2, intValue(m, "az", AZ_A, "running_tasks"));
        assertEquals(1 + 2, intValue(m, "az", AZ_B, "running_tasks"));
        assertEquals(2, intValue(m, "az", AZ_C, "running_tasks"));
    }

    @Test
    void liveTasksAreCountedWhereTheyRun() {
        ModelBuilder b = Infra.seed(Value.of(3));
        b.entity("ecs_service", "metadata").set("running_count", 3L);
        b.entity("ecs_task", "t1").set("last_status", "RUNNING").relate("ecs_service", "metadata").relate("az", AZ_A);
        b.entity("ecs_task", "t2").set("last_status", "RUNNING").relate("ecs_service", "metadata").relate("az", AZ_A);
        b.entity("ecs_task", "t3").set("last_status", "STOPPED").relate("ecs_service", "metadata").relate("az", AZ_B);
        b.entity("ecs_task", "t4").set("last_status", "RUNNING").relate("ecs_service", "metadata")
                .relate("subnet", "subnet3");
        Model m = b.build();

        assertEquals(2, intValue(m, "az", AZ_A, "running_tasks"));
        assertEquals(0, intValue(m, "az", AZ_B, "running_tasks"), "the live service is not predicted as well");
        assertEquals(1, intValue(m, "az", AZ_C, "running_tasks"), "a task without az is where its subnet is");
    }

    @Test
    void anUnknownDesiredCountMakesItsAzsUnknown() {
        ModelBuilder b = Infra.seed(Value.unknown("parameter ServiceCount has no value"));
        Model m = b.build();

        assertUnknownMentioning(m, "az", AZ_A, "running_tasks", "ecs_service metadata", "desired_count",
                "parameter ServiceCount has no value");
        assertUnknownMentioning(m, "az", AZ_B, "running_tasks", "desired_count");
        assertEquals(Value.of(0), value(m, "az", AZ_C, "running_tasks"), "the service does not run in AZ c");
    }

    @Test
    void aRunningTaskWithUnknownAzMakesEveryAzUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("ecs_task", "t1").set("last_status", "RUNNING").unknownRelation("az", "ecs:DescribeTasks denied");
        b.entity("ecs_task", "t2").set("last_status", "STOPPED").unknownRelation("az", "ecs:DescribeTasks denied");
        Model m = b.build();

        for (String az : new String[] {AZ_A, AZ_B, AZ_C}) {
            assertEquals(Value.unknown("ecs_task t1: az is unknown (ecs:DescribeTasks denied)"),
                    value(m, "az", az, "running_tasks"));
        }
    }

    @Test
    void anAzWithoutTasksRunsNone() {
        Model m = Infra.network().build();

        assertEquals(Value.of(0), value(m, "az", AZ_A, "running_tasks"));
    }
}
