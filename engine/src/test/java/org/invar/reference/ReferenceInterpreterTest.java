package org.invar.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The reference interpreter against answers worked out by hand from the design (not from the
 * engine), so that it is a specification in its own right before the engine is compared to it.
 */
class ReferenceInterpreterTest {

    static ReferenceResult run(Model model, String text) {
        RuleSet rules = Invar.compile(text);
        return new ReferenceInterpreter(model, rules.params()).evaluate(rules.rules().get(0).rule());
    }

    static void expect(Model model, String rule, Verdict verdict, Set<String> failing, Set<String> unknown) {
        ReferenceResult r = run(model, rule);
        assertEquals(verdict, r.verdict(), rule + " -> " + r);
        assertEquals(failing, r.failing(), rule + " -> " + r);
        assertEquals(unknown, r.unknown(), rule + " -> " + r);
    }

    static void expect(Model model, String rule, Verdict verdict) {
        ReferenceResult r = run(model, rule);
        assertEquals(verdict, r.verdict(), rule + " -> " + r);
    }

    /** Two AZs, two subnets, a service over both with the given desired count (null: unknown). */
    static Model service(Long desired) {
        ModelBuilder b = Model.builder();
        b.entity("az", "a").set("name", "us-east-1a");
        b.entity("az", "b").set("name", "us-east-1b");
        b.entity("subnet", "s1").set("name", "web-a").relate("az", "a");
        b.entity("subnet", "s2").set("name", "web-b").relate("az", "b");
        var svc = b.entity("ecs_service", "web").set("name", "web").relate("subnet", "s1", "s2");
        if (desired == null) {
            svc.unknown("desired_count", "parameter ServiceCount has no value");
        } else {
            svc.set("desired_count", desired);
        }
        return b.build();
    }

    @Test
    void perEntityVerdicts() {
        String rule = "every ecs_service has desired_count >= count(distinct subnet.az)";
        expect(service(1L), rule, Verdict.FAIL, Set.of("web"), Set.of());
        expect(service(2L), rule, Verdict.PASS, Set.of(), Set.of());
        expect(service(null), rule, Verdict.UNKNOWN, Set.of(), Set.of("web"));
        expect(service(1L), "every bucket has encrypted == true", Verdict.SKIP, Set.of(), Set.of());
        expect(service(1L), "no subnet with az.name == \"us-east-1b\"", Verdict.FAIL, Set.of("s2"), Set.of());
    }

    @Test
    void kleeneLogicAndUnknownValues() {
        ModelBuilder b = Model.builder();
        b.entity("subnet", "x").unknown("map_public_ip_on_launch", "?").set("name", "x");
        b.entity("subnet", "y").unknown("map_public_ip_on_launch", "?").set("name", "y");
        b.entity("subnet", "z").set("map_public_ip_on_launch", false).set("name", "z");
        b.entity("subnet", "w").set("map_public_ip_on_launch", true);
        Model m = b.build();
        expect(m, "every subnet has map_public_ip_on_launch or name == \"x\"", Verdict.FAIL, Set.of("z"), Set.of("y"));
        expect(m, "every subnet has not map_public_ip_on_launch and name != \"q\"", Verdict.FAIL, Set.of("w"),
                Set.of("x", "y"));
        expect(m, "every subnet has name is set", Verdict.FAIL, Set.of("w"), Set.of());
        expect(m, "every subnet has map_public_ip_on_launch is missing", Verdict.FAIL, Set.of("z", "w"),
                Set.of("x", "y"));
        expect(m, "every subnet has name matches \"x|y\"", Verdict.FAIL, Set.of("z"), Set.of("w"));
        expect(m, "every subnet with name is set has name matches \"x\"", Verdict.FAIL, Set.of("y", "z"), Set.of());
        expect(m, "every subnet with name is set has name in [\"x\", \"y\"] and name not in [\"q\"]", Verdict.FAIL,
                Set.of("z"), Set.of());
        // a string contains a substring; matches is a full match
        expect(m, "every subnet with name is set has name contains \"x\" or name matches \"[yz]\"", Verdict.PASS,
                Set.of(), Set.of());
    }

    @Test
    void entitiesThatMayNotExist() {
        ModelBuilder b = Model.builder();
        b.entity("subnet", "sure").set("name", "a");
        b.entity("subnet", "maybe").set("name", "b").existenceUnknown("condition IsProd");
        b.entity("subnet", "maybe-ok").set("name", "a").existenceUnknown("condition IsProd");
        b.entity("ecs_service", "svc").relate("subnet", "sure", "maybe", "maybe-ok");
        Model m = b.build();
        // at the top: a maybe entity that fails is unknown; one that passes passes
        expect(m, "every subnet has name == \"a\"", Verdict.UNKNOWN, Set.of(), Set.of("maybe"));
        expect(m, "no subnet has name == \"b\"", Verdict.UNKNOWN, Set.of(), Set.of("maybe"));
        expect(m, "at least 1 subnet with name == \"b\"", Verdict.UNKNOWN);
        expect(m, "at least 2 subnet with name == \"a\"", Verdict.UNKNOWN);
        expect(m, "at least 1 subnet with name == \"a\"", Verdict.PASS);
        expect(m, "at most 1 subnet with name == \"a\"", Verdict.UNKNOWN);
        expect(m, "exactly 3 subnet", Verdict.UNKNOWN);
        expect(m, "exactly 0 subnet with name == \"a\"", Verdict.FAIL);
        // nested: maybe members
        expect(m, "every ecs_service has every subnet has name == \"a\"", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        expect(m, "every ecs_service has some subnet has name == \"b\"", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        expect(m, "every ecs_service has some subnet has name == \"a\"", Verdict.PASS, Set.of(), Set.of());
        expect(m, "every ecs_service has count(subnet) >= 1", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        expect(m, "every ecs_service has \"a\" in subnet.name", Verdict.PASS, Set.of(), Set.of());
        expect(m, "every ecs_service has \"b\" in subnet.name", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        expect(m, "every ecs_service has count(subnet where name == \"b\") == 0", Verdict.UNKNOWN, Set.of(),
                Set.of("svc"));
    }

    @Test
    void elementsReachedThroughAMaybeEntityAreMaybe() {
        ModelBuilder b = Model.builder();
        b.entity("az", "a").set("name", "a");
        b.entity("subnet", "s").relate("az", "a").existenceUnknown("condition");
        b.entity("ecs_service", "svc").relate("subnet", "s");
        Model m = b.build();
        // the az is reached only if the subnet exists
        expect(m, "every ecs_service has count(subnet.az) == 1", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        expect(m, "every ecs_service has \"a\" in subnet.az.name", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        expect(m, "every ecs_service has some subnet.az", Verdict.UNKNOWN, Set.of(), Set.of("svc"));
        // through a to-one path the value is unknown likewise
        expect(m, "every subnet has az.name == \"a\"", Verdict.PASS, Set.of(), Set.of());
    }

    @Test
    void incompleteRelations() {
        ModelBuilder b = Model.builder();
        b.entity("subnet", "s").set("name", "a");
        b.entity("ecs_service", "svc").relate("subnet", "s").unknownRelation("subnet", "denied");
        b.entity("ecs_service", "lone").unknownRelation("subnet", "denied");
        b.entity("instance", "i").unknownRelation("subnet", "not known");
        Model m = b.build();
        expect(m, "every ecs_service has count(subnet) >= 1", Verdict.UNKNOWN, Set.of(), Set.of("svc", "lone"));
        expect(m, "every ecs_service has some subnet has name == \"a\"", Verdict.UNKNOWN, Set.of(), Set.of("lone"));
        expect(m, "every ecs_service has every subnet has name == \"a\"", Verdict.UNKNOWN, Set.of(),
                Set.of("svc", "lone"));
        expect(m, "every ecs_service has subnet", Verdict.UNKNOWN, Set.of(), Set.of("lone"));
        expect(m, "every instance has subnet", Verdict.UNKNOWN, Set.of(), Set.of("i"));
        expect(m, "every instance has subnet.name is missing", Verdict.UNKNOWN, Set.of(), Set.of("i"));
    }

    @Test
    void aggregatesAndArithmetic() {
        ModelBuilder b = Model.builder();
        b.entity("ecs_service", "x").set("desired_count", 3).set("name", "x");
        b.entity("ecs_service", "y").set("desired_count", 1).set("name", "y");
        b.entity("ecs_service", "z").set("name", "z");
        b.entity("ecs_cluster", "c").relate("ecs_service", "x", "y");
        b.entity("ecs_cluster", "empty");
        b.entity("ecs_cluster", "holey").relate("ecs_service", "x", "z");
        Model m = b.build();
        expect(m, "every ecs_cluster has sum(ecs_service.desired_count) == 4", Verdict.FAIL, Set.of("empty"),
                Set.of("holey"));
        expect(m, "every ecs_cluster has max(ecs_service.desired_count) == 3", Verdict.UNKNOWN, Set.of(),
                Set.of("empty", "holey"));
        expect(m, "every ecs_cluster has avg(ecs_service.desired_count) == 2", Verdict.UNKNOWN, Set.of(),
                Set.of("empty", "holey"));
        expect(m, "every ecs_cluster has min(ecs_service.desired_count where desired_count > 1) == 3",
                Verdict.UNKNOWN, Set.of(), Set.of("empty", "holey"));
        expect(m, "every ecs_cluster has sum(ecs_service.desired_count where desired_count is set) == 3",
                Verdict.FAIL, Set.of("empty", "c"), Set.of());
        expect(m, "every ecs_cluster has count(distinct ecs_service.name) == 2", Verdict.FAIL, Set.of("empty"),
                Set.of());
        expect(m, "every ecs_service with name == \"y\" has desired_count / 2 == 0.5", Verdict.PASS, Set.of(),
                Set.of());
        expect(m, "every ecs_service with name == \"y\" has desired_count / (desired_count - 1) > 0", Verdict.UNKNOWN,
                Set.of(), Set.of("y"));
        expect(m, "every ecs_service with name == \"x\" has desired_count * 2 - 1 == 5 and 7 / 2 == 3.5",
                Verdict.PASS, Set.of(), Set.of());
        // a negative zero is zero
        expect(m, "every ecs_service with name == \"y\" has 0 / (0 - desired_count) == 0", Verdict.PASS, Set.of(),
                Set.of());
    }

    @Test
    void bindingsAndParams() {
        ModelBuilder b = Model.builder();
        b.entity("az", "a");
        b.entity("az", "b");
        b.entity("subnet", "s1").relate("az", "a");
        b.entity("subnet", "s2").relate("az", "b");
        b.entity("load_balancer", "lb").relate("subnet", "s1");
        b.entity("ecs_service", "svc").relate("subnet", "s1", "s2").set("desired_count", 2);
        Model m = b.build();
        expect(m, "every ecs_service as svc has every subnet has az in svc.subnet.az", Verdict.PASS, Set.of(),
                Set.of());
        expect(m, "every ecs_service has every subnet has some az.subnet as t has t.az == az", Verdict.PASS,
                Set.of(), Set.of());
        expect(m, "param min_azs = 3\nevery ecs_service has count(distinct subnet.az) >= min_azs", Verdict.FAIL,
                Set.of("svc"), Set.of());
        expect(m, "param names = [\"svc\", \"x\"]\nno ecs_service with desired_count in [1, 2.0] and name in names",
                Verdict.UNKNOWN, Set.of(), Set.of("svc"));
    }
}
