package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** A position packed into a node's long comes back as it was, for any line and column a file can have. */
class PosTest {

    @Test
    void packingRoundTrips() {
        qt().forAll(integers().between(1, Integer.MAX_VALUE), integers().between(1, Integer.MAX_VALUE))
                .checkAssert((line, column) -> assertEquals(new Pos(line, column), Pos.unpack(Pos.pack(line, column))));
    }

    @Test
    void noPositionStaysNone() {
        assertEquals(Pos.NONE, Pos.unpack(Pos.NONE.packed()));
    }

    @Test
    void nodesAnswerTheirPositions() {
        Node.Scalar scalar = new Node.Scalar("x", Node.ScalarType.STRING, new Pos(70_000, 9_000_000));
        assertEquals(new Pos(70_000, 9_000_000), scalar.pos());
        Node.Entry entry = new Node.Entry("k", new Pos(3, 4), scalar);
        assertEquals(new Pos(3, 4), entry.keyPos());
    }
}
