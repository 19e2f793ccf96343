package org.invar.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.invar.RuleSet;
import org.invar.model.EntityBuilder;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * A model written as several inputs, each describing some of the entities and naming the others
 * only as stand-ins (as a service template names the network's subnets), gives the verdicts of
 * the whole model once the inputs are merged ({@link ModelBuilder#merge}), in any order.
 */
class MergeInvarianceTest {
    private static final Schema SCHEMA = Schema.v1();

    @Test
    void mergedPartsGiveTheVerdictsOfTheWhole() {
        Harness.qt(150).forAll(InvarianceTest.cases()).describedAs(InvarianceTest.Case::toString).checkAssert(c -> {
            RuleSet rules = Harness.compile(c.rule().text());
            Harness.Outcome whole = Harness.of(rules.evaluate(c.model().build(), false).results().get(0));
            Random random = new Random(c.seed());
            int parts = 2 + random.nextInt(2);
            List<ModelBuilder> inputs = split(c.model(), parts, random);
            Collections.shuffle(inputs, random);
            ModelBuilder merged = Model.builder();
            inputs.forEach(merged::merge);
            Harness.Outcome fromParts = Harness.of(rules.evaluate(merged.build(), false).results().get(0));
            assertEquals(whole, fromParts, "merged from " + parts + " inputs, seed " + c.seed() + c);
        });
    }

    /** Each entity goes to one input; a target it names that another input describes is a stand-in. */
    private static List<ModelBuilder> split(ModelSpec model, int parts, Random random) {
        List<ModelBuilder> inputs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            inputs.add(Model.builder());
        }
        Map<String, Integer> home = new HashMap<>();
        model.entities().forEach(e -> home.put(e.kind() + " " + e.id(), random.nextInt(parts)));
        for (ModelSpec.EntitySpec e : model.entities()) {
            int part = home.get(e.kind() + " " + e.id());
            ModelBuilder b = inputs.get(part);
            EntityBuilder eb = b.entity(e.kind(), e.id());
            e.attributes().forEach(eb::set);
            if (e.existenceUnknown() != null) {
                eb.existenceUnknown(e.existenceUnknown());
            }
            e.unknownRelations().forEach(eb::unknownRelation);
            KindDef kind = SCHEMA.kind(e.kind()).orElseThrow();
            e.relations().forEach((relation, targets) -> {
                String targetKind = kind.relation(relation).map(RelationDef::target).orElseThrow();
                for (String target : targets) {
                    if (home.getOrDefault(targetKind + " " + target, part) != part) {
                        standIn(b, targetKind, target, part);
                    }
                }
                eb.relate(relation, targets);
            });
        }
        return inputs;
    }

    /** What an input tells of an entity it only names: mostly that it does not know. */
    private static void standIn(ModelBuilder b, String kind, String id, int part) {
        if (b.find(kind, id).isPresent()) {
            return;
        }
        EntityBuilder s = b.entity(kind, id).standIn();
        String reason = kind + " " + id + " is described by another input than " + part;
        for (AttributeDef a : s.kindDef().attributes()) {
            if (!a.derived()) {
                s.unknown(a.name(), reason);
            }
        }
        for (RelationDef r : s.kindDef().relations()) {
            if (!r.derived()) {
                s.unknownRelation(r.name(), reason);
            }
        }
    }
}
