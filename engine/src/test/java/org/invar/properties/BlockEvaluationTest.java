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

    static void agree(String text, Model model) {
        RuleSet rules = Harness.compile(text);
        Report rowByRow = Evaluation.evaluateRowByRow(rules.rules(), model);
        assertEquals(rowByRow, rules.evaluate(model, false), "one thread, blocks vs row by row");
        assertEquals(rowByRow, rules.evaluate(model, true), "parallel, blocks vs row by row");
    }
}
