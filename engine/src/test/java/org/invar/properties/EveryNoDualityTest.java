package org.invar.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.reference.ReferenceInterpreter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code every K with W has H} and {@code no K with W has not (H)} say the same thing: the same
 * verdict, the same entities in scope, the same failing and the same unknown entities. Checked on
 * the engine, and on the reference interpreter as well.
 */
class EveryNoDualityTest {

    record Case(ModelSpec model, RuleGen.TopRule every) {
        RuleGen.TopRule no() {
            return every.with("no", "not (" + every.has() + ")");
        }

        @Override
        public String toString() {
            return "\n  every: " + every.invariant() + "\n  no:    " + no().invariant() + "\n  model:\n" + model;
        }
    }

    static Gen<Case> cases() {
        return in -> {
            Draw d = new Draw(in);
            RuleGen.TopRule every = RuleGen.generateEvery(d);
            return new Case(ModelGen.generate(d), every);
        };
    }

    @Test
    void everyEqualsNoWithTheClaimNegated() {
        Harness.qt(250).forAll(cases()).describedAs(Case::toString).checkAssert(c -> {
            RuleSet every = Harness.compile(c.every().text());
            RuleSet no = Harness.compile(c.no().text());
            Model model = c.model().build();
            Harness.Outcome e = Harness.of(every.evaluate(model).results().get(0));
            Harness.Outcome n = Harness.of(no.evaluate(model).results().get(0));
            assertEquals(e, n, "engine: every vs no" + c);
            Harness.Outcome re = Harness.of(new ReferenceInterpreter(model, every.params())
                    .evaluate(every.rules().get(0).rule()), true);
            Harness.Outcome rn = Harness.of(new ReferenceInterpreter(model, no.params())
                    .evaluate(no.rules().get(0).rule()), true);
            assertEquals(re, rn, "reference: every vs no" + c);
        });
    }
}
