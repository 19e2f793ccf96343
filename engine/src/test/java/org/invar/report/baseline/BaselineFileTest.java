package org.invar.report.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BaselineFileTest {
    private static final String[] FRAGMENTS = {"a", "-", " ", "\"", "\\", "é", "\n", "{", "every az", "0"};

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWroteSortedWithDuplicatesKept() {
        Gen<String> text = lists().of(Generate.pick(List.of(FRAGMENTS))).ofSizeBetween(0, 5).map(p -> String.join("", p));
        Gen<BaselineEntry> entry = text.zip(text, text, text, BaselineEntry::new);
        qt().withExamples(300).forAll(lists().of(entry).ofSizeBetween(0, 8)).checkAssert(entries -> {
            Path file = dir.resolve("round-trip.json");
            try {
                BaselineFile.write(file, entries);
                assertEquals(entries.stream().sorted().toList(), BaselineFile.read(file));
                assertEquals(BaselineFile.text(entries), Files.readString(file));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anEntryWithoutInputIsWrittenWithoutTheField() {
        assertEquals("""
                {
                  "invar_baseline" : 1,
                  "violations" : [ {
                    "rule" : "r",
                    "entity" : {
                      "kind" : "az",
                      "id" : "a"
                    }
                  }, {
                    "rule" : "r",
                    "entity" : {
                      "kind" : "az",
                      "id" : "b"
                    },
                    "input" : "web.yml"
                  } ]
                }
                """, BaselineFile.text(List.of(new BaselineEntry("r", "az", "b", "web.yml"), new BaselineEntry("r", "az", "a", ""))));
    }

    @Test
    void aFileThatIsNotABaselineIsNamedWithLineAndColumn() throws IOException {
        assertEquals(path("a.json") + ":1:1: error: not a baseline: \"invar_baseline\": 1 is missing",
                failure("a.json", "{\"violations\": []}"));
        assertEquals(path("b.json") + ":1:20: error: \"invar_baseline\" is 2; this invar reads version 1",
                failure("b.json", "{\"invar_baseline\": 2, \"violations\": []}"));
        assertEquals(path("c.json") + ":2:3: error: an entity needs \"kind\" and \"id\"",
                failure("c.json", "{\"invar_baseline\": 1, \"violations\": [{\"rule\": \"r\", \"entity\":\n  {\"kind\": \"az\"}}]}"));
        assertEquals(path("d.json") + ":1:39: error: unknown field \"rules\" in a violation; expected rule, entity, input",
                failure("d.json", "{\"invar_baseline\": 1, \"violations\": [{\"rules\": \"r\"}]}"));
        String truncated = failure("e.json", "{\"invar_baseline\": 1, \"violations\": [");
        assertEquals(path("e.json") + ":1:38: error: malformed JSON: Unexpected end-of-input: expected close marker for Array",
                truncated);
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> BaselineFile.read(dir.resolve("missing.json")));
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private String failure(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return assertThrows(BaselineFormatException.class, () -> BaselineFile.read(file)).getMessage();
    }
}
