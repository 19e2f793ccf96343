package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.invar.dsl.ast.Position;
import org.junit.jupiter.api.Test;

class QuotedTextTest {
    private static final Source SOURCE = new Source("q.invar", "rule r {\n  message \"a\\\"b\\\\c {x} \uD83D\uDE00{y}\"\n}\n");
    private static final Position QUOTE = new Position(2, 11);

    @Test
    void aCharacterOfTheValueIsFoundWhereItWasWrittenPastEscapes() {
        // The value is a"b\c {x} 😀{y}: '{' of {x} is its 6th character, written after two escapes.
        assertEquals(new Position(2, 12), QuotedText.position(SOURCE, QUOTE, 0));
        assertEquals(new Position(2, 20), QuotedText.position(SOURCE, QUOTE, 6));
    }

    @Test
    void columnsCountCodePoints() {
        // The emoji is two chars of the value and of the line, and one column.
        String value = "a\"b\\c {x} \uD83D\uDE00{y}";
        assertEquals(new Position(2, 25), QuotedText.position(SOURCE, QUOTE, value.indexOf("{y}")));
        assertEquals(new Position(2, 28), QuotedText.position(SOURCE, QUOTE, value.length()), "the closing quote");
    }

    @Test
    void withoutAStringThereTheQuoteItselfIsTheAnswer() {
        assertEquals(new Position(1, 1), QuotedText.position(SOURCE, new Position(1, 1), 3));
        assertEquals(new Position(9, 1), QuotedText.position(SOURCE, new Position(9, 1), 0));
        assertEquals(Position.NONE, QuotedText.position(SOURCE, Position.NONE, 0));
    }
}
