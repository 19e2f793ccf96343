package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The reader's parser, with its token queue, gives the same events and marks as snakeyaml-engine's
 * own, on the shapes whose tokens the scanner holds back: flow collections on one line, keys in
 * them, nesting, and errors.
 */
class ScannerTokensTest {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true).build();

    @Test
    void theQueueIsInstalledInThePinnedVersion() {
        ScannerImpl scanner = new ScannerImpl(SETTINGS, new StreamReader(SETTINGS, new StringReader("a: 1")));
        assertTrue(ScannerTokens.installed(ScannerTokens.faster(scanner)),
                "snakeyaml-engine's scanner no longer has a List field 'tokens': ScannerTokens needs updating");
    }

    @Test
    void sameEventsAndMarksAsTheLibrary() {
        List<String> documents = List.of(
                "Resources: {A: {Type: 'AWS::S3::Bucket', Properties: {Tags: [{Key: a, Value: b}]}}}",
                "x: [" + "1, ".repeat(3000) + "1]",
                "x: {" + "k: v, ".repeat(2000) + "z: 1}",
                "x: [" + "{a: 1, b: [c, d]}, ".repeat(500) + "{}]",
                "x: " + "[".repeat(100) + "]".repeat(100),
                "[" + "[a, b], ".repeat(800) + "? complex key : v, {k: v}]",
                "a:\n  - [1, 2]\n  - {b: c,\n     d: e}\n  - !Ref x\n",
                "x: [1, 2", // unterminated: the same error at the same place
                "x: {a: 1, b}: c");
        for (String yaml : documents) {
            assertEquals(events(library(yaml)), events(ours(yaml)), yaml.length() > 80 ? yaml.substring(0, 80) : yaml);
        }
    }

    private static Iterable<Event> library(String yaml) {
        return new Parse(SETTINGS).parseReader(new StringReader(yaml));
    }

    private static Iterable<Event> ours(String yaml) {
        Parser parser = YamlTreeReader.parser(SETTINGS, new StringReader(yaml));
        return () -> parser;
    }

    /** Each event with its marks; an error ends the list with its message. */
    private static List<String> events(Iterable<Event> events) {
        List<String> out = new ArrayList<>();
        try {
            for (Event e : events) {
                out.add(e + " " + e.getStartMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse("")
                        + "-" + e.getEndMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse(""));
            }
        } catch (YamlEngineException e) {
            out.add(e.getMessage());
        }
        return out;
    }
}
