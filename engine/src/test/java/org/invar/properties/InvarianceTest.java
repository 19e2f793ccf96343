package org.invar.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.check.PathPlan;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Verdicts depend on what the model says, not on how it was written down: they do not change when
 * entity ids are renamed consistently, when entities (and the targets of their relations) are
 * added in another order, or when entities the rule cannot reach are added.
 */
class InvarianceTest {
    private static final Schema SCHEMA = Schema.v1();

    /**
     * Kinds that feed the engine's derivations (lb_node, targets, default routes, healthy
     * targets, running tasks...): an entity of one of these may change a derived fact of an
     * entity the rule reads without the rule naming its kind, so it is never "unrelated".
     */
    private static final Set<String> DERIVATION_INPUTS = Set.of("az", "load_balancer", "lb_node", "listener",
            "target_group", "target", "subnet", "route_table", "route", "vpc", "ecs_service", "ecs_task",
            "auto_scaling_group", "instance", "capacity_provider");

    /** A model, a rule, and the draws a transformation needs (a seed, extra entities). */
    record Case(ModelSpec model, RuleGen.TopRule rule, long seed, List<ModelSpec.EntitySpec> extra) {
        @Override
        public String toString() {
            return "\n  rule: " + rule.invariant() + "\n  model:\n" + model + "\n  seed: " + seed
                    + (extra.isEmpty() ? "" : "\n  extra:\n" + new ModelSpec(extra));
        }
    }

    static Gen<Case> cases() {
        return in -> {
            Draw d = new Draw(in);
            RuleGen.TopRule rule = RuleGen.generate(d);
            ModelSpec model = ModelGen.generate(d);
            long seed = d.between(0, Integer.MAX_VALUE);
            List<ModelSpec.EntitySpec> extra = new ArrayList<>();
            Set<String> unrelated = unrelatedKinds(Harness.compile(rule.text()).rules().get(0));
            List<String> kinds = SCHEMA.kinds().stream().map(KindDef::name)
                    .filter(k -> unrelated.contains(k) && !SCHEMA.kind(k).orElseThrow().derived()).toList();
            int n = kinds.isEmpty() ? 0 : d.between(0, 4);
            Map<String, List<String>> existing = new HashMap<>();
            model.entities().forEach(e -> existing.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.id()));
            for (int i = 0; i < n; i++) {
                String kind = d.pick(kinds);
                ModelSpec.EntitySpec e = ModelGen.entity(d, kind, "extra" + i, Map.of());
                extra.add(withOneWayEdges(d, e, existing));
            }
            return new Case(model, rule, seed, extra);
        };
    }

    /**
     * Kinds the rule cannot reach: not its kind, not a kind any of its paths starts at or passes
     * through, not derived, and not an input of the derivations. An entity of such a kind that is
     * related to nothing, or only along relations without an inverse, changes nothing the rule
     * reads.
     */
    static Set<String> unrelatedKinds(CheckedRule rule) {
        Set<String> reached = new HashSet<>();
        reached.add(SCHEMA.kind(rule.kind()).name());
        for (PathPlan p : rule.paths().values()) {
            if (!p.isParam()) {
                reached.add(SCHEMA.kind(p.startKind()).name());
                p.steps().forEach(s -> reached.add(SCHEMA.kind(s.toKind()).name()));
            }
        }
        Set<String> unrelated = new TreeSet<>();
        for (KindDef k : SCHEMA.kinds()) {
            if (!reached.contains(k.name()) && !DERIVATION_INPUTS.contains(k.name()) && !k.derived()) {
                unrelated.add(k.name());
            }
        }
        return unrelated;
    }

    /**
     * Relations of an added entity to existing entities, only along relations that have no inverse
     * (so the existing entities do not see the edge), such as {@code db_instance.subnet}.
     */
    private static ModelSpec.EntitySpec withOneWayEdges(Draw d, ModelSpec.EntitySpec e,
                                                       Map<String, List<String>> existing) {
        Map<String, List<String>> relations = new LinkedHashMap<>();
        for (RelationDef r : SCHEMA.kind(e.kind()).orElseThrow().relations()) {
            if (r.derived() || SCHEMA.inverse(e.kind(), r.name()).isPresent()) {
                continue;
            }
            List<String> candidates = existing.getOrDefault(r.target(), List.of());
            if (!candidates.isEmpty() && d.chance(50)) {
                relations.put(r.name(), List.of(d.pick(candidates)));
            }
        }
        return new ModelSpec.EntitySpec(e.kind(), e.id(), e.attributes(), relations, e.unknownRelations(),
                e.existenceUnknown());
    }

    private static Harness.Outcome outcome(RuleSet rules, ModelSpec model) {
        return Harness.of(rules.evaluate(model.build(), false).results().get(0));
    }

    @Test
    void renamingIdsDoesNotChangeVerdicts() {
        Harness.qt(150).forAll(cases()).describedAs(Case::toString).checkAssert(c -> {
            RuleSet rules = Harness.compile(c.rule().text());
            // a random bijection onto fresh names, so that any dependence on id order shows too
            List<String> ids = new ArrayList<>(new TreeSet<>(c.model().entities().stream()
                    .map(ModelSpec.EntitySpec::id).toList()));
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                fresh.add("r" + i);
            }
            java.util.Collections.shuffle(fresh, new Random(c.seed()));
            Map<String, String> to = new HashMap<>();
            Map<String, String> back = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                to.put(ids.get(i), fresh.get(i));
                back.put(fresh.get(i), ids.get(i));
            }
            back.put("*", "*");
            UnaryOperator<String> rename = to::get;
            Harness.Outcome before = outcome(rules, c.model());
            Harness.Outcome after = outcome(rules, c.model().renamed(rename));
            Harness.Outcome mapped = new Harness.Outcome(after.verdict(), after.inScope(),
                    after.failing().stream().map(id -> original(back, id)).collect(java.util.stream.Collectors.toSet()),
                    after.unknown().stream().map(id -> original(back, id)).collect(java.util.stream.Collectors.toSet()));
            assertEquals(before, mapped, "renamed ids " + to + c);
        });
    }

    @Test
    void addingEntitiesInAnotherOrderDoesNotChangeVerdicts() {
        Harness.qt(150).forAll(cases()).describedAs(Case::toString).checkAssert(c -> {
            RuleSet rules = Harness.compile(c.rule().text());
            ModelSpec shuffled = c.model().shuffled(new Random(c.seed()));
            assertEquals(outcome(rules, c.model()), outcome(rules, shuffled),
                    "entities added in this order:\n" + shuffled + c);
        });
    }

    @Test
    void addingEntitiesTheRuleCannotReachDoesNotChangeVerdicts() {
        Harness.qt(150).forAll(cases()).describedAs(Case::toString).checkAssert(c -> {
            RuleSet rules = Harness.compile(c.rule().text());
            Harness.Outcome before = outcome(rules, c.model());
            ModelSpec bigger = c.model().plus(c.extra()).shuffled(new Random(c.seed()));
            assertEquals(before, outcome(rules, bigger), "with unrelated entities added" + c);
        });
    }

    @Test
    void theUnrelatedKindsAreNeverTheRulesOwn() {
        // the property above is only as good as this analysis: check it on rules with known reach
        RuleSet rules = Harness.compile(RuleGen.PARAMS + "every subnet has count(az.instance) >= 1\n"
                + "every bucket has encrypted\nevery db_instance has some subnet has vpc.id == \"x\"\n");
        Set<String> subnet = unrelatedKinds(rules.rules().get(0));
        assertEquals(Set.of(), intersection(subnet, Set.of("subnet", "az", "instance", "lb_node", "target")), "" + subnet);
        assertEquals(Set.of("bucket", "db_instance", "ecs_cluster", "security_group"),
                intersection(subnet, Set.of("bucket", "db_instance", "ecs_cluster", "security_group")), "" + subnet);
        Set<String> bucket = unrelatedKinds(rules.rules().get(1));
        assertEquals(Set.of("db_instance", "security_group"),
                intersection(bucket, Set.of("bucket", "db_instance", "security_group")), "" + bucket);
        Set<String> db = unrelatedKinds(rules.rules().get(2));
        assertEquals(Set.of("bucket"), intersection(db, Set.of("db_instance", "subnet", "vpc", "bucket")), "" + db);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** The id before renaming; a symbolic zone is named after its subnet, so it follows the subnet's name. */
    private static String original(Map<String, String> back, String id) {
        String zone = "zone of ";
        return id.startsWith(zone) ? zone + back.get(id.substring(zone.length())) : back.get(id);
    }
}
