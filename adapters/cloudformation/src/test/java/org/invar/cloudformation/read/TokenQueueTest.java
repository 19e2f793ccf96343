package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token queue answers every sequence of the scanner's operations as an ArrayList does. */
class TokenQueueTest {

    /**
     * Each number is one operation: its remainder by 5 picks add at the end, insert, remove the
     * first, remove at, set; the rest of it picks the place. Long runs of adds make it grow.
     */
    @Test
    void behavesAsAnArrayList() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 400)).checkAssert(ops -> {
            List<Integer> expected = new ArrayList<>();
            List<Integer> queue = new TokenQueue<>();
            for (int i = 0; i < ops.size(); i++) {
                int op = ops.get(i) % 5;
                int place = ops.get(i) / 5;
                switch (op) {
                    case 0 -> {
                        expected.add(i);
                        queue.add(i);
                    }
                    case 1 -> {
                        int at = place % (expected.size() + 1);
                        expected.add(at, i);
                        queue.add(at, i);
                    }
                    case 2 -> {
                        if (!expected.isEmpty()) {
                            assertEquals(expected.remove(0), queue.remove(0));
                        }
                    }
                    case 3 -> {
                        if (!expected.isEmpty()) {
                            int at = place % expected.size();
                            assertEquals(expected.remove(at), queue.remove(at));
                        }
                    }
                    default -> {
                        if (!expected.isEmpty()) {
                            int at = place % expected.size();
                            assertEquals(expected.set(at, -i), queue.set(at, -i));
                        }
                    }
                }
                assertEquals(expected, queue);
                assertEquals(expected.isEmpty(), queue.isEmpty());
            }
        });
    }

    @Test
    void refusesPlacesOutsideIt() {
        List<String> queue = new TokenQueue<>();
        queue.add("a");
        assertThrows(IndexOutOfBoundsException.class, () -> queue.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> queue.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> queue.remove(1));
        assertThrows(IndexOutOfBoundsException.class, () -> queue.add(2, "b"));
        queue.clear();
        assertEquals(List.of(), queue);
    }
}
