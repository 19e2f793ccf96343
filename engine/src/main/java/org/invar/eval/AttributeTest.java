package org.invar.eval;

import org.invar.dsl.ast.Comparison;
import org.invar.model.Column;
import org.invar.model.EntityTable;

/**
 * The most common condition, an attribute of the entity at hand compared with a constant
 * ({@code scheme == "internet-facing"}, {@code desired_count >= 2}), as one node that reads the
 * column directly: the general nodes would take three calls to do it.
 */
final class AttributeTest implements Cond {
    private final int slot;
    private final EntityTable table;
    private final Column column;
    private final String name;
    private final Comparison.Operator op;
    private final long constant;
    private final boolean decimal;
    private final double constantDouble;

    /**
     * @param decimal compare as numbers with a fraction: the column's value and the constant are
     *     read as doubles
     */
    AttributeTest(int slot, EntityTable table, Column column, String name, Comparison.Operator op, long constant,
                  boolean decimal, double constantDouble) {
        this.slot = slot;
        this.table = table;
        this.column = column;
        this.name = name;
        this.op = op;
        this.constant = constant;
        this.decimal = decimal;
        this.constantDouble = constantDouble;
        this.below = Compare.holds(op, -1);
        this.equal = Compare.holds(op, 0);
        this.above = Compare.holds(op, 1);
    }

    /** The verdict when the value is below, equal to, above the constant: the operator decided once. */
    private final byte below;
    private final byte equal;
    private final byte above;

    @Override
    public byte test(Ctx c) {
        int e = c.entity[slot];
        byte state = column.state(e);
        if (state != Column.PRESENT) {
            c.noteUnknown(table, e, name, state == Column.UNKNOWN ? column.unknownReason(e) : null);
            return Tri.UNKNOWN;
        }
        return holds(decimal ? compare(column.doubleAt(e), constantDouble) : Long.compare(column.longAt(e), constant));
    }

    /** The slot whose entity's attribute is tested. */
    int slot() {
        return slot;
    }

    /** The test on one entity, without noting where an unknown came from (for block evaluation). */
    byte on(int e) {
        if (column.state(e) != Column.PRESENT) {
            return Tri.UNKNOWN;
        }
        if (decimal) {
            return holds(compare(column.doubleAt(e), constantDouble));
        }
        long v = column.longAt(e);
        return v == constant ? equal : v < constant ? below : above;
    }

    /** The same as a loop over the column; an operator chosen once per block, not per entity. */
    @Override
    public void test(Block b, int[] sel, int n, byte[] out) {
        int[] entities = b.slots[slot];
        if (decimal) {
            for (int i = 0; i < n; i++) {
                int r = sel[i];
                int e = entities[r];
                out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN
                        : holds(compare(column.doubleAt(e), constantDouble));
            }
            return;
        }
        long k = constant;
        switch (op) {
            case EQ -> {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    int e = entities[r];
                    out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN : Tri.of(column.longAt(e) == k);
                }
            }
            case NE -> {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    int e = entities[r];
                    out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN : Tri.of(column.longAt(e) != k);
                }
            }
            case GE -> {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    int e = entities[r];
                    out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN : Tri.of(column.longAt(e) >= k);
                }
            }
            case GT -> {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    int e = entities[r];
                    out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN : Tri.of(column.longAt(e) > k);
                }
            }
            case LE -> {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    int e = entities[r];
                    out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN : Tri.of(column.longAt(e) <= k);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    int e = entities[r];
                    out[r] = column.state(e) != Column.PRESENT ? Tri.UNKNOWN
                            : holds(Long.compare(column.longAt(e), k));
                }
            }
        }
    }

    private byte holds(int cmp) {
        return cmp < 0 ? below : cmp == 0 ? equal : above;
    }

    private static int compare(double x, double y) {
        return x == y ? 0 : Double.compare(x, y);
    }
}
