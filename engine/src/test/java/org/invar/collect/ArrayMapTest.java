package org.invar.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.dsl.ast.Severity;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/** An ArrayMap answers as the ordered map it replaces (a finding's deciding values), and cannot be changed. */
class ArrayMapTest {

    @Test
    void agreesWithALinkedHashMapFilledByPutIfAbsent() {
        qt().forAll(lists().of(integers().between(0, 12)).ofSizeBetween(0, 30)).checkAssert(keys -> {
            Map<String, String> reference = new LinkedHashMap<>();
            ArrayMap.Builder<String> b = new ArrayMap.Builder<>();
            int n = 0;
            for (int k : keys) {
                String value = "v" + n++;
                reference.putIfAbsent("e" + k, value);
                b.putIfAbsent("e" + k, value);
            }
            ArrayMap<String> built = b.build();
            assertEquals(reference, built);
            assertEquals(reference.hashCode(), built.hashCode());
            assertEquals(new ArrayList<>(reference.entrySet()), new ArrayList<>(built.entrySet()), "in order");
            assertEquals(reference.toString(), built.toString());
            for (int k = 0; k < 13; k++) {
                assertEquals(reference.get("e" + k), built.get("e" + k));
            }
            assertEquals(built, ArrayMap.copyOf(reference));
        });
    }

    @Test
    void aFindingKeepsItsValuesWithoutACopyAndTheyCannotChange() {
        ArrayMap<String> values = new ArrayMap.Builder<String>().putIfAbsent("desired_count", "1").build();
        EntityRef e = new EntityRef("ecs_service", "web");
        Finding f = new Finding("r", Severity.HIGH, Verdict.FAIL, e, "m", org.invar.model.Origin.NONE, values,
                List.of(e), java.util.Optional.empty(), java.util.Optional.empty());
        assertSame(values, f.because());
        assertThrows(UnsupportedOperationException.class, () -> f.because().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> f.because().entrySet().clear());
        assertThrows(NullPointerException.class, () -> new ArrayMap.Builder<String>().putIfAbsent("x", null));
    }
}
