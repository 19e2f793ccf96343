package org.invar.agreement;

import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.invar.RuleSet;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.Test;

/**
 * The same generated infrastructure, rendered as a CloudFormation template and as a Terraform
 * plan for its first apply, gives the same model up to ids and the same verdicts of every
 * standard library rule.
 */
class AgreementPropertyTest {
    private static final RuleSet STDLIB = Stdlib.rules();

    @Test
    void bothFormatsGiveTheSameModelUpToIds() {
        qt().withExamples(300).forAll(InfraGen.infras()).checkAssert(infra -> {
            Renderings r = Renderings.of(infra);
            CanonicalForm canon = Agreement.canonical(r);
            if (!canon.differences().isEmpty()) {
                fail("the models differ:\n" + String.join("\n", canon.differences()) + "\n" + r.show());
            }
        });
    }

    @Test
    void bothFormatsGiveTheSameVerdicts() {
        qt().withExamples(200).forAll(InfraGen.infras()).checkAssert(infra -> {
            Renderings r = Renderings.of(infra);
            List<String> differences = new ArrayList<>(Verdicts.differences(STDLIB, r, Agreement.canonical(r)));
            if (!differences.isEmpty()) {
                fail("the verdicts differ:\n" + String.join("\n", differences) + "\n" + r.show());
            }
        });
    }
}
