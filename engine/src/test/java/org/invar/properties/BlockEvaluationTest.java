package org.invar.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.invar.RuleSet;
import org.invar.eval.Evaluation;
import org.invar.model.Model;
import org.invar.report.Report;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Block evaluation (the engine's default: nodes evaluate a block of entities at a time, common
 * shapes as loops over columns and index arrays) gives the same report as evaluating entity
 * after entity through each node's single-row path: verdicts, counts, and every finding with its
 * message, deciding values, chain and reason.
 */
class BlockEvaluationTest {

    @Test
    void blocksAgreeWithRowByRowOnGeneratedRulesAndModels() {
        Harness.qt(300).forAll(EngineAgreesWithReferenceTest.cases()).describedAs(EngineAgreesWithReferenceTest.Case::toString)
                .checkAssert(c -> agree(c.text(), c.model().build()));
    }

    @Test
    void blocksAgreeWithRowByRowOnArithmetic() {
        Gen<EngineAgreesWithReferenceTest.Case> arithmetic = in -> {
            Draw d = new Draw(in);
            return new EngineAgreesWithReferenceTest.Case(ModelGen.generate(d),
                    List.of(RuleGen.generateArithmetic(d), RuleGen.generateArithmetic(d)));
        };
        Harness.qt(200).forAll(arithmetic).describedAs(EngineAgreesWithReferenceTest.Case::toString)
                .checkAssert(c -> agree(c.text(), c.model().build()));
    }

    /**
     * The same over a generated model repeated hundreds of times under new ids, so that kinds
     * span several blocks and a block's last rows and the next block's first rows are checked.
     */
    @Test
    void blocksAgreeWithRowByRowAcrossBlockBoundaries() {
        Gen<EngineAgreesWithReferenceTest.Case> cases = EngineAgreesWithReferenceTest.cases();
        Harness.qt(40).forAll(cases).describedAs(EngineAgreesWithReferenceTest.Case::toString).checkAssert(c -> {
            List<ModelSpec.EntitySpec> all = new ArrayList<>();
            for (int k = 0; k < 300; k++) {
                String suffix = "~" + k;
                all.addAll(c.model().renamed(id -> id + suffix).entities());
            }
            agree(c.text(), new ModelSpec(all).build());
        });
    }

    /**
     * Nested quantifiers over one relation whose filter and claim compare an attribute of the
     * element with a constant ({@code no load_balancer has some subnet with default_route_target
     * == "nat_gateway"}), which blocks evaluate straight from the columns when the relation is
     * sure: over generated models with every relation and entity made sure (attributes may still
     * be unknown or missing), blocks agree with row by row, and the engine with the reference.
     */
    @Test
    void nestedAttributeTestsOverSureRelations() {
        Gen<EngineAgreesWithReferenceTest.Case> cases = in -> {
            Draw d = new Draw(in);
            List<RuleGen.TopRule> rules = new ArrayList<>();
            for (int i = d.between(1, 3); i > 0; i--) {
                RuleGen.TopRule membership = d.chance(40) ? nestedMembership(d) : null;
                rules.add(membership != null ? membership : nestedAttributeTest(d));
            }
            return new EngineAgreesWithReferenceTest.Case(sure(ModelGen.generate(d)), rules);
        };
        Harness.qt(300).forAll(cases).describedAs(EngineAgreesWithReferenceTest.Case::toString).checkAssert(c -> {
            agree(c.text(), c.model().build());
            EngineAgreesWithReferenceTest.agree(c);
        });
    }

    /**
     * {@code count(p)} and {@code count(distinct p)} over a path of one to three relations to
     * entities, which blocks count straight from the index arrays when every step is sure: over
     * generated models with every relation and entity made sure, blocks agree with row by row,
     * and the engine with the reference.
     */
    @Test
    void countsOverSurePaths() {
        Gen<EngineAgreesWithReferenceTest.Case> cases = in -> {
            Draw d = new Draw(in);
            List<RuleGen.TopRule> rules = new ArrayList<>();
            for (int i = d.between(1, 3); i > 0; i--) {
                rules.add(countOverPath(d));
            }
            return new EngineAgreesWithReferenceTest.Case(sure(ModelGen.generate(d)), rules);
        };
        Harness.qt(300).forAll(cases).describedAs(EngineAgreesWithReferenceTest.Case::toString).checkAssert(c -> {
            agree(c.text(), c.model().build());
            EngineAgreesWithReferenceTest.agree(c);
        });
    }

    /**
     * Rows that reach more entities than a block's scratch array holds (a VPC of 1,500 subnets)
     * are counted the general way, and a membership whose needle is missing or names several
     * entities (a subnet with no zone, or two) is decided the general way: blocks agree with row
     * by row all the same, across blocks.
     */
    @Test
    void wideRowsAndIrregularNeedlesAgreeWithRowByRow() {
        List<ModelSpec.EntitySpec> all = new ArrayList<>();
        for (int z = 0; z < 4; z++) {
            all.add(entity("az", "az" + z, java.util.Map.of()));
        }
        all.add(entity("vpc", "wide", java.util.Map.of()));
        all.add(entity("route_table", "rt-wide", java.util.Map.of("vpc", List.of("wide"))));
        for (int k = 0; k < 1500; k++) {
            all.add(entity("subnet", "sn" + k, java.util.Map.of("vpc", List.of("wide"), "route_table", List.of("rt-wide"),
                    "az", List.of("az" + k % 3))));
        }
        for (int v = 0; v < 700; v++) {
            all.add(entity("vpc", "v" + v, java.util.Map.of()));
            all.add(entity("route_table", "rt" + v, java.util.Map.of("vpc", List.of("v" + v))));
            all.add(entity("subnet", "s" + v + "a", java.util.Map.of("vpc", List.of("v" + v), "route_table",
                    List.of("rt" + v), "az", List.of("az" + v % 3))));
            // every 7th second subnet has no zone, every 11th two; its table is the next VPC's
            List<String> zones = v % 7 == 0 ? List.of() : v % 11 == 0 ? List.of("az0", "az1") : List.of("az" + (v + 1) % 4);
            all.add(entity("subnet", "s" + v + "b", zones.isEmpty()
                    ? java.util.Map.of("vpc", List.of("v" + v), "route_table", List.of("rt" + (v + 1) % 700))
                    : java.util.Map.of("vpc", List.of("v" + v), "route_table", List.of("rt" + (v + 1) % 700), "az", zones)));
        }
        agree("""
                every vpc has count(distinct subnet.az) >= 3
                every vpc has count(subnet) < 1000
                every vpc has count(distinct route_table.subnet.az) >= 2
                every vpc as v has every subnet has az in v.route_table.subnet.az
                no vpc as v has some subnet has az not in v.route_table.subnet.az
                """, new ModelSpec(all).build());
    }

    private static ModelSpec.EntitySpec entity(String kind, String id, java.util.Map<String, List<String>> relations) {
        return new ModelSpec.EntitySpec(kind, id, java.util.Map.of(), relations, java.util.Map.of(), null);
    }

    /** The model with every relation and entity made sure (attributes may still be unknown or missing). */
    private static ModelSpec sure(ModelSpec model) {
        return new ModelSpec(model.entities().stream()
                .map(e -> new ModelSpec.EntitySpec(e.kind(), e.id(), e.attributes(), e.relations(), java.util.Map.of(),
                        null))
                .toList());
    }

    /**
     * {@code Q K [with ...] has count([distinct] r1[.r2[.r3]]) op n} (or the count on the right),
     * the path drawn as a walk over the schema's relations with a to-many step on the way.
     */
    private static RuleGen.TopRule countOverPath(Draw d) {
        while (true) {
            org.invar.schema.KindDef kind = d.pick(RuleGen.SCHEMA.kinds());
            org.invar.schema.KindDef at = kind;
            List<String> names = new ArrayList<>();
            boolean many = false;
            for (int k = d.between(1, 3); k > 0; k--) {
                org.invar.schema.KindDef from = at;
                List<org.invar.schema.RelationDef> next = from.relations().stream()
                        .filter(r -> !RuleGen.EXCLUDED.contains(from.name() + "." + r.name())).toList();
                if (next.isEmpty()) {
                    break;
                }
                org.invar.schema.RelationDef r = d.pick(next);
                names.add(r.name());
                many |= r.many();
                at = RuleGen.SCHEMA.kind(r.target()).orElseThrow();
            }
            if (!many) {
                continue;
            }
            String count = "count(" + (d.chance(60) ? "distinct " : "") + String.join(".", names) + ")";
            String op = d.pick("==", "!=", "<", "<=", ">", ">=");
            String n = Integer.toString(d.between(0, 4));
            String has = d.chance(70) ? count + " " + op + " " + n : n + " " + op + " " + count;
            String with = d.chance(30) ? count + " " + d.pick(">", "<=") + " " + d.between(0, 2) : null;
            return new RuleGen.TopRule(d.pick("every", "no"), kind.name(), null, with, has);
        }
    }

    /** {@code Q K has Q2 relation [with attribute op constant] [has attribute op constant]}. */
    private static RuleGen.TopRule nestedAttributeTest(Draw d) {
        List<org.invar.schema.KindDef> kinds = RuleGen.SCHEMA.kinds().stream()
                .filter(k -> k.relations().stream().anyMatch(r -> usable(k, r))).toList();
        org.invar.schema.KindDef kind = d.pick(kinds);
        org.invar.schema.RelationDef relation = d.pick(kind.relations().stream().filter(r -> usable(kind, r)).toList());
        org.invar.schema.KindDef target = RuleGen.SCHEMA.kind(relation.target()).orElseThrow();
        String inner = d.pick("every", "no", "some", "at least " + d.between(0, 2), "at most " + d.between(0, 2),
                "exactly " + d.between(0, 2));
        String with = d.chance(70) ? attributeTest(d, target) : null;
        String has = d.chance(60) || with == null ? attributeTest(d, target) : null;
        String nested = inner + " " + relation.name() + (with == null ? "" : " with " + with)
                + (has == null ? "" : " has " + has);
        return new RuleGen.TopRule(d.pick("every", "no"), kind.name(), null, null, nested);
    }

    /**
     * {@code Q K as b has Q2 relation [with attribute op constant] has r in b.p}: a to-one relation
     * of the element in a path of one or two steps from the outer entity, which blocks evaluate
     * with the membership node when the relation is sure; null when the drawn kind has no such path.
     */
    private static RuleGen.TopRule nestedMembership(Draw d) {
        org.invar.schema.KindDef kind = d.pick(RuleGen.SCHEMA.kinds());
        List<String> options = new ArrayList<>();
        for (org.invar.schema.RelationDef range : kind.relations()) {
            if (RuleGen.EXCLUDED.contains(kind.name() + "." + range.name())) {
                continue;
            }
            org.invar.schema.KindDef element = RuleGen.SCHEMA.kind(range.target()).orElseThrow();
            for (org.invar.schema.RelationDef needle : element.relations()) {
                if (needle.many() || RuleGen.EXCLUDED.contains(element.name() + "." + needle.name())) {
                    continue;
                }
                for (String path : paths(kind, needle.target())) {
                    options.add(range.name() + "|" + needle.name() + "|" + path);
                }
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        String[] parts = d.pick(options).split("\\|");
        org.invar.schema.KindDef element = RuleGen.SCHEMA.kind(kind.relation(parts[0]).orElseThrow().target()).orElseThrow();
        String inner = d.pick("every", "no", "some", "at least " + d.between(0, 2), "at most " + d.between(0, 2));
        String with = d.chance(40) && element.attributes().stream().anyMatch(a -> a.type() != org.invar.schema.ValueType.LIST)
                ? " with " + attributeTest(d, element) : "";
        String test = parts[1] + (d.chance(25) ? " not in " : " in ") + "b." + parts[2];
        return new RuleGen.TopRule(d.pick("every", "no"), kind.name(), "b", null,
                inner + " " + parts[0] + with + " has " + test);
    }

    /** Relation paths of one or two steps from a kind to a target kind, through a to-many relation. */
    private static List<String> paths(org.invar.schema.KindDef from, String target) {
        List<String> out = new ArrayList<>();
        for (org.invar.schema.RelationDef a : from.relations()) {
            if (RuleGen.EXCLUDED.contains(from.name() + "." + a.name())) {
                continue;
            }
            if (a.target().equals(target) && a.many()) {
                out.add(a.name());
            }
            org.invar.schema.KindDef mid = RuleGen.SCHEMA.kind(a.target()).orElseThrow();
            for (org.invar.schema.RelationDef b : mid.relations()) {
                if (b.target().equals(target) && (a.many() || b.many())
                        && !RuleGen.EXCLUDED.contains(mid.name() + "." + b.name())) {
                    out.add(a.name() + "." + b.name());
                }
            }
        }
        return out;
    }

    private static boolean usable(org.invar.schema.KindDef kind, org.invar.schema.RelationDef r) {
        return !RuleGen.EXCLUDED.contains(kind.name() + "." + r.name())
                && RuleGen.SCHEMA.kind(r.target()).orElseThrow().attributes().stream()
                        .anyMatch(a -> a.type() != org.invar.schema.ValueType.LIST);
    }

    private static String attributeTest(Draw d, org.invar.schema.KindDef kind) {
        org.invar.schema.AttributeDef a = d.pick(kind.attributes().stream()
                .filter(x -> x.type() != org.invar.schema.ValueType.LIST).toList());
        org.invar.model.Value v = ModelGen.value(d, a);
        String literal = v instanceof org.invar.model.Value.Str s ? "\"" + s.value() + "\""
                : v.display().startsWith("-") ? "0" : v.display();
        boolean numeric = a.type() == org.invar.schema.ValueType.INT || a.type() == org.invar.schema.ValueType.DECIMAL;
        String op = numeric ? d.pick("==", "!=", "<", "<=", ">", ">=") : d.pick("==", "!=");
        return d.chance(20) ? literal + " " + op + " " + a.name() : a.name() + " " + op + " " + literal;
    }

    static void agree(String text, Model model) {
        RuleSet rules = Harness.compile(text);
        Report rowByRow = Evaluation.evaluateRowByRow(rules.rules(), model);
        assertEquals(rowByRow, rules.evaluate(model, false), "one thread, blocks vs row by row");
        assertEquals(rowByRow, rules.evaluate(model, true), "parallel, blocks vs row by row");
    }
}
