package org.invar.report.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.invar.report.EntityRef;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BaselineFileTest {
    private static final String[] FRAGMENTS = {"a", "-", " ", "\"", "\\", "é", "\n", "{", "every az", "0", "/"};
    private static final Gen<String> TEXT = lists().of(Generate.pick(List.of(FRAGMENTS))).ofSizeBetween(0, 5)
            .map(p -> String.join("", p));

    @TempDir
    Path dir;

    private static Place place(int which, String text) {
        return switch (which) {
            case 0 -> Place.NOWHERE;
            case 1 -> Place.file(text.isEmpty() ? "a" : text);
            default -> Place.resource(text.isEmpty() ? "arn" : text);
        };
    }

    private void roundTrip(List<BaselineEntry> entries) {
        Path file = dir.resolve("round-trip.json");
        try {
            BaselineFile.write(file, entries);
            assertEquals(entries.stream().sorted().toList(), BaselineFile.read(file));
            assertEquals(BaselineFile.text(entries), Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsBackWhatItWroteSortedWithDuplicatesKept() {
        Gen<Place> places = integers().between(0, 2).zip(TEXT, BaselineFileTest::place);
        Gen<Verdict> verdicts = Generate.pick(List.of(Verdict.FAIL, Verdict.UNKNOWN));
        Gen<BaselineEntry> entry = TEXT.zip(TEXT, verdicts, places, (rule, id, verdict, place) ->
                BaselineEntry.of(rule, new EntityRef("az", id), verdict, place));
        qt().withExamples(300).forAll(lists().of(entry).ofSizeBetween(0, 8)).checkAssert(this::roundTrip);
    }

    @Test
    void entriesOfAFormerFileReadBackToo() {
        Gen<BaselineEntry> entry = TEXT.zip(TEXT, TEXT, (rule, id, input) ->
                BaselineEntry.unplaced(rule, new EntityRef("az", id), input));
        qt().withExamples(100).forAll(lists().of(entry).ofSizeBetween(1, 5)).checkAssert(this::roundTrip);
    }

    @Test
    void aFailureHasNoVerdictFieldAndAPlaceIsAFileOrAResource() {
        assertEquals("""
                {
                  "invar_baseline" : 2,
                  "violations" : [ {
                    "rule" : "r",
                    "entity" : {
                      "kind" : "az",
                      "id" : "a"
                    },
                    "file" : "stacks/a.yml"
                  }, {
                    "rule" : "r",
                    "entity" : {
                      "kind" : "az",
                      "id" : "b"
                    },
                    "verdict" : "unknown",
                    "resource" : "arn:aws:ec2:us-east-1::availability-zone/b"
                  }, {
                    "rule" : "r",
                    "entity" : {
                      "kind" : "az",
                      "id" : "c"
                    }
                  } ]
                }
                """, BaselineFile.text(List.of(
                BaselineEntry.of("r", new EntityRef("az", "c"), Verdict.FAIL, Place.NOWHERE),
                BaselineEntry.of("r", new EntityRef("az", "b"), Verdict.UNKNOWN,
                        Place.resource("arn:aws:ec2:us-east-1::availability-zone/b")),
                BaselineEntry.of("r", new EntityRef("az", "a"), Verdict.FAIL, Place.file("stacks/a.yml")))));
    }

    @Test
    void aFormerFileIsReadWithoutPlaces() throws IOException {
        Path file = dir.resolve("former.json");
        Files.writeString(file, """
                {"invar_baseline": 1, "violations": [
                  {"rule": "r", "entity": {"kind": "az", "id": "a"}, "input": "stacks/web.yml"},
                  {"rule": "r", "entity": {"kind": "az", "id": "b"}}]}
                """);
        assertEquals(List.of(
                new BaselineEntry("r", "az", "a", Verdict.FAIL, Optional.empty(), "stacks/web.yml"),
                new BaselineEntry("r", "az", "b", Verdict.FAIL, Optional.empty(), "")), BaselineFile.read(file));
        assertEquals(List.of("stacks/web.yml", ""), BaselineFile.read(file).stream().map(BaselineEntry::where).toList());
    }

    @Test
    void entriesWithAndWithoutPlacesCannotShareAFile() {
        assertThrows(IllegalArgumentException.class, () -> BaselineFile.text(List.of(
                BaselineEntry.unplaced("r", new EntityRef("az", "a"), ""),
                BaselineEntry.of("r", new EntityRef("az", "b"), Verdict.FAIL, Place.NOWHERE))));
    }

    @Test
    void aFileThatIsNotABaselineIsNamedWithLineAndColumn() throws IOException {
        assertEquals(path("a.json") + ":1:1: error: not a baseline: \"invar_baseline\": 2 is missing",
                failure("a.json", "{\"violations\": []}"));
        assertEquals(path("b.json") + ":1:20: error: \"invar_baseline\" is 3; this invar reads versions 1 and 2",
                failure("b.json", "{\"invar_baseline\": 3, \"violations\": []}"));
        assertEquals(path("c.json") + ":2:3: error: an entity needs \"kind\" and \"id\"",
                failure("c.json", "{\"invar_baseline\": 2, \"violations\": [{\"rule\": \"r\", \"entity\":\n  {\"kind\": \"az\"}}]}"));
        assertEquals(path("d.json") + ":1:39: error: unknown field \"rules\" in a violation; expected rule, entity, verdict,"
                        + " file, resource",
                failure("d.json", "{\"invar_baseline\": 2, \"violations\": [{\"rules\": \"r\"}]}"));
        String truncated = failure("e.json", "{\"invar_baseline\": 2, \"violations\": [");
        assertEquals(path("e.json") + ":1:38: error: malformed JSON: Unexpected end-of-input: expected close marker for Array",
                truncated);
        assertEquals(path("f.json") + ":1:100: error: \"verdict\" is fail or unknown, not \"skip\"",
                failure("f.json", "{\"invar_baseline\": 2, \"violations\": [{\"rule\": \"r\", \"entity\": {\"kind\": \"az\", "
                        + "\"id\": \"a\"}, \"verdict\": \"skip\"}]}"));
    }

    @Test
    void fieldsOfOneVersionAreRefusedInTheOther() throws IOException {
        String entity = "\"rule\": \"r\", \"entity\": {\"kind\": \"az\", \"id\": \"a\"}";
        assertEquals(path("a.json") + ":2:52: error: \"input\" is a field of a version 1 baseline; version 2 names the"
                        + " \"file\" (or the \"resource\")",
                failure("a.json", "{\"invar_baseline\": 2, \"violations\": [\n{" + entity + ", \"input\": \"web.yml\"}]}"));
        assertEquals(path("b.json") + ":2:52: error: \"verdict\", \"file\" and \"resource\" are fields of a version 2"
                        + " baseline, and this one says \"invar_baseline\": 1",
                failure("b.json", "{\"invar_baseline\": 1, \"violations\": [\n{" + entity + ", \"file\": \"web.yml\"}]}"));
        assertEquals(path("c.json") + ":2:52: error: a violation has a \"file\" or a \"resource\", not both",
                failure("c.json", "{\"invar_baseline\": 2, \"violations\": [\n{" + entity
                        + ", \"file\": \"web.yml\", \"resource\": \"arn\"}]}"));
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
