package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTest {

    @Test
    void linesAreOneBasedWithoutTheirBreaks() {
        Source s = new Source("f.invar", "first\nsecond\r\n\nfourth");
        assertEquals("first", s.line(1));
        assertEquals("second", s.line(2), "a \\r\\n ending is removed whole");
        assertEquals("", s.line(3));
        assertEquals("fourth", s.line(4));
        assertEquals("", s.line(5), "past the end");
        assertEquals("", s.line(500));
    }

    @Test
    void aTrailingBreakEndsTheLastLine() {
        Source s = new Source("f.invar", "only\n");
        assertEquals("only", s.line(1));
        assertEquals("", s.line(2));
        assertEquals("", new Source("e.invar", "").line(1));
    }

    @Test
    void theStemDropsDirectoriesAndTheInvarEnding() {
        assertEquals("azs", new Source("rules/stdlib/azs.invar", "").stem());
        assertEquals("azs", new Source("C:\\rules\\azs.invar", "").stem());
        assertEquals("azs", new Source("azs.invar", "").stem());
        assertEquals("notes.txt", new Source("dir/notes.txt", "").stem());
        assertEquals("<inline>", new Source("<inline>", "").stem());
        assertEquals("a.b", new Source("x/a.b.invar", "").stem());
        assertEquals("", new Source("dir/.invar", "").stem());
    }

    @Test
    void bareInvariantIdsUseTheStemAndTheLine() {
        ParseResult result = RuleParser.parse("rules/ecs.invar", "\n\n  every az has x\nno b\n");
        assertEquals(java.util.List.of("ecs:3", "ecs:4"),
                result.fileOrThrow().rules().stream().map(org.invar.dsl.ast.Rule::id).toList());
    }

    @Test
    void nameAndTextAreRequired() {
        assertThrows(NullPointerException.class, () -> new Source(null, ""));
        assertThrows(NullPointerException.class, () -> new Source("f", null));
    }

    @Test
    void aSourceReadFromAFileIsNamedByItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unicode.invar");
        Files.writeString(file, "every az has name == \"zürich €\"\n", StandardCharsets.UTF_8);
        Source source = Source.of(file);
        assertEquals(file.toString(), source.name());
        assertEquals("unicode", source.stem());
        assertEquals("every az has name == \"zürich €\"", source.line(1));
    }
}
