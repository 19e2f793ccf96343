package org.invar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The target ids of a relation under construction behave as the linked hash set they replace:
 * the same members in the same order, the same answers to add, remove and contains, whether
 * they are few (searched in place) or many (hashed).
 */
class TargetIdsTest {

    @Test
    void agreesWithALinkedHashSetUnderAddsAndRemoves() {
        // An operation is a number: its sign says add (>= 0) or remove, its size which of 40 ids.
        qt().forAll(lists().of(integers().between(-40, 39)).ofSizeBetween(0, 200)).checkAssert(operations -> {
            TargetIds ids = new TargetIds();
            Set<String> reference = new LinkedHashSet<>();
            for (int op : operations) {
                String id = "id-" + (op >= 0 ? op : -op - 1);
                if (op >= 0) {
                    assertEquals(reference.add(id), ids.add(id), "add " + id);
                } else {
                    assertEquals(reference.remove(id), ids.remove(id), "remove " + id);
                }
                assertEquals(reference.size(), ids.size());
            }
            assertEquals(new ArrayList<>(reference), new ArrayList<>(ids), "members in insertion order");
            for (int i = 0; i < 40; i++) {
                assertEquals(reference.contains("id-" + i), ids.contains("id-" + i));
            }
        });
    }

    @Test
    void manyTargetsStayDistinctAndOrdered() {
        TargetIds ids = new TargetIds();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add("subnet-" + i);
            ids.add("subnet-" + (i / 2)); // an id seen before adds nothing
            added.add("subnet-" + i);
        }
        assertEquals(added, new ArrayList<>(ids));
    }
}
