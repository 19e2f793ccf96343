package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mapping read from a file answers like the ordered map it replaces, whether it is small
 * (searched in order) or large (indexed), and cannot be changed.
 */
class MappingEntriesTest {

    private static Node.Mapping read(int keys) {
        StringBuilder yaml = new StringBuilder();
        for (int i = keys - 1; i >= 0; i--) {
            yaml.append("k").append(i).append(": v").append(i).append('\n');
        }
        return (Node.Mapping) new TemplateReader(ReadLimits.DEFAULT)
                .read("m.yml", yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everySizeKeepsOrderAndFindsEachKey() {
        qt().forAll(integers().between(0, 40)).checkAssert(n -> {
            Map<String, Node.Entry> entries = read(n == 0 ? 1 : n).entries();
            int size = n == 0 ? 1 : n;
            assertEquals(size, entries.size());
            List<String> keys = new ArrayList<>(entries.keySet());
            for (int i = 0; i < size; i++) {
                String key = "k" + (size - 1 - i);
                assertEquals(key, keys.get(i), "written order");
                assertEquals("v" + (size - 1 - i), ((Node.Scalar) entries.get(key).value()).text());
                assertTrue(entries.containsKey(key));
                assertTrue(entries.keySet().contains(key));
            }
            assertNull(entries.get("k" + size));
            assertFalse(entries.containsKey("missing"));
            assertEquals(keys, entries.entrySet().stream().map(Map.Entry::getKey).toList());
            assertEquals(keys, entries.values().stream().map(Node.Entry::key).toList());
        });
    }

    @Test
    void entriesCannotBeChanged() {
        for (int n : new int[] {2, MappingEntries.INDEXED + 5}) {
            Map<String, Node.Entry> entries = read(n).entries();
            Node.Entry any = entries.get("k0");
            assertThrows(UnsupportedOperationException.class, () -> entries.put("x", any));
            assertThrows(UnsupportedOperationException.class, () -> entries.remove("k0"));
            assertThrows(UnsupportedOperationException.class, () -> entries.values().clear());
            assertThrows(UnsupportedOperationException.class, () -> entries.keySet().iterator().remove());
        }
    }

    @Test
    void duplicateKeysAreRefusedInLargeMappingsToo() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < MappingEntries.INDEXED * 3; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        yaml.append("k3: again\n");
        var e = assertThrows(org.invar.spi.ModelLoadException.class, () -> new TemplateReader(ReadLimits.DEFAULT)
                .read("d.yml", yaml.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("d.yml:" + (MappingEntries.INDEXED * 3 + 1) + ":1: error: duplicate key 'k3' (first at line 4)"),
                e.getMessage());
    }

    @Test
    void aMappingBuiltFromAnyMapIsACopy() {
        Map<String, Node.Entry> source = new java.util.LinkedHashMap<>();
        Node.Scalar v = new Node.Scalar("v", Node.ScalarType.STRING, new Pos(1, 4));
        source.put("a", new Node.Entry("a", new Pos(1, 1), v));
        Node.Mapping m = new Node.Mapping(source, new Pos(1, 1));
        source.clear();
        assertEquals(1, m.size());
        assertEquals(v, m.get("a").orElseThrow());
    }
}
