package org.invar.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Derived facts do not depend on what entities are called or the order an adapter adds them in. */
class DerivationPropertiesTest {

    private static Gen<List<Integer>> infrastructures() {
        return lists().of(integers().between(0, 1000)).ofSizeBetween(0, 80);
    }

    @Test
    void renamingIdsAndShufflingInsertionOrderGiveTheSameDerivedFacts() {
        qt().withExamples(300).forAll(infrastructures(), longs().all()).checkAssert((numbers, seed) -> {
            List<Scenarios.Spec> specs = Scenarios.decode(numbers);
            Model original = Scenarios.render(specs, id -> id, null).build();
            Random random = new Random(seed);
            Map<String, String> names = Scenarios.renaming(specs, random);
            Model renamed = Scenarios.render(specs, names::get, random).build();

            // A symbolic zone is named after its subnet: renaming the subnet renames it.
            Map<String, String> expected = Scenarios.summary(original, id -> id.startsWith("zone of ")
                    ? "zone of " + names.get(id.substring("zone of ".length())) : names.get(id));
            assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith("healthy_targets")));
            assertEquals(expected, Scenarios.summary(renamed, id -> id));
        });
    }

    @Test
    void applyingTheDerivationsAgainChangesNothing() {
        qt().withExamples(200).forAll(infrastructures()).checkAssert(numbers -> {
            List<Scenarios.Spec> specs = Scenarios.decode(numbers);
            Model once = Scenarios.render(specs, id -> id, null).build();
            ModelBuilder again = Scenarios.render(specs, id -> id, null);
            Derivations.apply(again);
            Model twice = again.build();

            assertEquals(Scenarios.summary(once, id -> id), Scenarios.summary(twice, id -> id));
        });
    }
}
