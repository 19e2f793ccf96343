package org.invar.eval;

import org.invar.check.Type;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Relation;

/**
 * A path bound to a model's storage: from the entity in a slot, through relations (index arrays),
 * to entities or to an attribute's column. A path through to-one relations is a {@link Scalar}; a
 * path through a to-many relation is a {@link Coll}.
 */
final class PathNode implements Scalar, Coll {
    /** An attribute's column with the table and name it belongs to, for reasons. */
    record Attribute(EntityTable table, Column column, String name) {
    }

    private final int startSlot;
    private final EntityTable startTable;
    private final Relation[] steps;
    private final EntityTable[] tables;
    private final String[] names;
    private final Column attribute;
    private final String attributeName;
    private final Type type;
    /**
     * No relation on the way has unknown targets, no entity on the way may not exist, and the
     * entities it ends at are told apart by their index (none is symbolic).
     */
    private final boolean certain;
    /** The table of the entities the path ends at when some of them are symbolic, else null. */
    private final EntityTable identities;

    /**
     * @param tables the table of each step's target kind, in step order
     * @param names the relation name of each step
     */
    PathNode(int startSlot, EntityTable startTable, Relation[] steps, EntityTable[] tables, String[] names,
             Column attribute, String attributeName, Type type) {
        this.startSlot = startSlot;
        this.startTable = startTable;
        this.steps = steps;
        this.tables = tables;
        this.names = names;
        this.attribute = attribute;
        this.attributeName = attributeName;
        this.type = type;
        boolean sure = true;
        for (int k = 0; k < steps.length; k++) {
            sure &= !steps[k].hasUnknown() && !tables[k].hasExistenceUnknown();
        }
        EntityTable end = steps.length == 0 ? startTable : tables[steps.length - 1];
        this.identities = attribute == null && end.hasSymbolic() ? end : null;
        this.certain = sure && identities == null;
    }

    /** The slot the path starts from. */
    int startSlot() {
        return startSlot;
    }

    /** The relations of the path, for nodes that walk it themselves. */
    Relation[] steps() {
        return steps;
    }

    /** Whether the path reads an attribute of the entity in its slot, with no relation between. */
    boolean isOwnAttribute() {
        return steps.length == 0 && attribute != null;
    }

    Column attribute() {
        return attribute;
    }

    String attributeName() {
        return attributeName;
    }

    EntityTable startTable() {
        return startTable;
    }

    /**
     * For a certain path: whether some element has exactly these bits, walking the index arrays
     * without laying the elements out. TRUE on a match; else UNKNOWN if an element's value is
     * unknown; else FALSE. Absent values are not elements.
     */
    byte containsBits(Ctx c, long bits) {
        return containsBits(c, c.entity[startSlot], bits);
    }

    /** The same from a given start entity, for block evaluation. */
    byte containsBits(Ctx c, int start, long bits) {
        if (certain && attribute == null) {
            return Tri.of(reaches(start, bits));
        }
        return find(c, 0, start, bits);
    }

    /** For a sure path to entities: whether {@code target} is reached from {@code start}. */
    boolean reaches(int start, long target) {
        return switch (steps.length) {
            case 2 -> reaches2(start, target);
            case 3 -> reaches3(start, target);
            default -> reaches(0, start, target);
        };
    }

    /**
     * For a sure path to entities, where no answer can be unknown: whether entity {@code target}
     * is reached from {@code e} by steps {@code k..}; the last step compares its index array's
     * entries directly.
     */
    /**
     * {@link #reaches} for paths of two and three steps (most paths rules write) as nested loops:
     * recursion costs a call per entity on the way, a large share when fan-outs are small.
     */
    private boolean reaches2(int e, long target) {
        Relation r0 = steps[0];
        Relation r1 = steps[1];
        for (int s0 = r0.start(e), end0 = r0.end(e); s0 < end0; s0++) {
            int e1 = r0.target(s0);
            for (int s1 = r1.start(e1), end1 = r1.end(e1); s1 < end1; s1++) {
                if (r1.target(s1) == target) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean reaches3(int e, long target) {
        Relation r0 = steps[0];
        Relation r1 = steps[1];
        Relation r2 = steps[2];
        for (int s0 = r0.start(e), end0 = r0.end(e); s0 < end0; s0++) {
            int e1 = r0.target(s0);
            for (int s1 = r1.start(e1), end1 = r1.end(e1); s1 < end1; s1++) {
                int e2 = r1.target(s1);
                for (int s2 = r2.start(e2), end2 = r2.end(e2); s2 < end2; s2++) {
                    if (r2.target(s2) == target) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean reaches(int k, int e, long target) {
        if (k == steps.length) {
            return e == target;
        }
        Relation r = steps[k];
        boolean last = k == steps.length - 1;
        for (int s = r.start(e), end = r.end(e); s < end; s++) {
            if (last ? r.target(s) == target : reaches(k + 1, r.target(s), target)) {
                return true;
            }
        }
        return false;
    }

    private byte find(Ctx c, int k, int e, long bits) {
        if (k == steps.length) {
            if (attribute == null) {
                if (e == bits) {
                    return Tri.TRUE;
                }
                if (identities != null && identities.mayBeSame(e, (int) bits)) {
                    c.noteUnknown(null, 0, null, identities.sameReason(e, (int) bits));
                    return Tri.UNKNOWN;
                }
                return Tri.FALSE;
            }
            byte s = attribute.state(e);
            if (s == Column.PRESENT) {
                return Tri.of(attribute.longAt(e) == bits);
            }
            if (s == Column.UNKNOWN) {
                c.noteUnknown(k == 0 ? startTable : tables[k - 1], e, attributeName, attribute.unknownReason(e));
                return Tri.UNKNOWN;
            }
            return Tri.FALSE;
        }
        Relation r = steps[k];
        byte result = Tri.FALSE;
        for (int s = r.start(e), end = r.end(e); s < end; s++) {
            byte t = find(c, k + 1, r.target(s), bits);
            if (t == Tri.TRUE) {
                return Tri.TRUE;
            }
            if (t == Tri.UNKNOWN) {
                result = Tri.UNKNOWN;
            }
        }
        return result;
    }

    /**
     * For a sure path to entities through to-one relations: the one entity reached from
     * {@code e}, or -1 when a step leads to none or to several, which {@link #bits(Ctx)} tells
     * apart (absent, unknown) and notes the reason of.
     */
    int single(int e) {
        for (Relation r : steps) {
            int s = r.start(e);
            if (r.end(e) - s != 1) {
                return -1;
            }
            e = r.target(s);
        }
        return e;
    }

    /**
     * For a sure path to entities ({@link #certain}, no attribute): writes the entities reached
     * from {@code start} into {@code into} from index 0, in the order {@link #collect} lays them
     * out, and returns how many; -1 when they do not fit, for the caller to lay them out on the
     * context's stack instead. Paths of one to three steps (most paths rules write) are plain
     * nested loops over the index arrays.
     */
    int reached(int start, long[] into) {
        if (steps.length == 1) {
            Relation r = steps[0];
            int s = r.start(start);
            int n = r.end(start) - s;
            if (n > into.length) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                into[i] = r.target(s + i);
            }
            return n;
        }
        if (steps.length == 2) {
            Relation r0 = steps[0];
            Relation r1 = steps[1];
            int n = 0;
            for (int s0 = r0.start(start), end0 = r0.end(start); s0 < end0; s0++) {
                int e1 = r0.target(s0);
                int s1 = r1.start(e1);
                int m = r1.end(e1) - s1;
                if (n + m > into.length) {
                    return -1;
                }
                for (int i = 0; i < m; i++) {
                    into[n++] = r1.target(s1 + i);
                }
            }
            return n;
        }
        if (steps.length == 3) {
            return reached3(start, into);
        }
        return reached(0, start, into, 0);
    }

    /**
     * {@link #reached(int, long[])} for three steps, apart so that the one- and two-step loops
     * stay small enough to be compiled into their callers.
     */
    private int reached3(int start, long[] into) {
        Relation r0 = steps[0];
        Relation r1 = steps[1];
        Relation r2 = steps[2];
        int n = 0;
        for (int s0 = r0.start(start), end0 = r0.end(start); s0 < end0; s0++) {
            int e1 = r0.target(s0);
            for (int s1 = r1.start(e1), end1 = r1.end(e1); s1 < end1; s1++) {
                int e2 = r1.target(s1);
                int s2 = r2.start(e2);
                int m = r2.end(e2) - s2;
                if (n + m > into.length) {
                    return -1;
                }
                for (int i = 0; i < m; i++) {
                    into[n++] = r2.target(s2 + i);
                }
            }
        }
        return n;
    }

    /** {@link #reached(int, long[])} from step {@code k} on, appending at {@code n}. */
    private int reached(int k, int e, long[] into, int n) {
        if (k == steps.length) {
            if (n == into.length) {
                return -1;
            }
            into[n] = e;
            return n + 1;
        }
        Relation r = steps[k];
        for (int s = r.start(e), end = r.end(e); s < end && n >= 0; s++) {
            n = reached(k + 1, r.target(s), into, n);
        }
        return n;
    }

    /**
     * Whether the path is one sure relation to entities, so that its elements can be read straight
     * from the relation's index array without laying them out.
     */
    boolean isDirectRelation() {
        return certain && steps.length == 1 && attribute == null;
    }

    /** The table of the entities the path ends at when some are symbolic (they may be one), else null. */
    EntityTable identities() {
        return identities;
    }

    /** Whether every step is sure: no unknown targets, no entity that may not exist. */
    boolean certain() {
        return certain;
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public Type element() {
        return type.single();
    }

    EntityTable endTable() {
        return steps.length == 0 ? startTable : tables[steps.length - 1];
    }

    @Override
    public long bits(Ctx c) {
        int e = c.entity[startSlot];
        EntityTable table = startTable;
        for (int k = 0; k < steps.length; k++) {
            Relation r = steps[k];
            if (r.hasUnknown()) {
                String why = r.unknownReason(e);
                if (why != null) {
                    c.status = Column.UNKNOWN;
                    c.noteUnknown(table, e, names[k], why);
                    return 0;
                }
            }
            int targets = r.count(e);
            if (targets != 1) {
                // None: the value is absent. Several on a to-one relation (two AZs for one subnet):
                // which one is meant cannot be told, so the value is unknown.
                c.status = targets == 0 ? Column.ABSENT : Column.UNKNOWN;
                c.noteUnknown(table, e, names[k], targets == 0 ? null
                        : "it has " + targets + " " + names[k] + " where one is expected");
                return 0;
            }
            e = r.target(r.start(e));
            table = tables[k];
            if (table.hasExistenceUnknown()) {
                String why = table.existenceUnknown(e);
                if (why != null) {
                    c.status = Column.UNKNOWN;
                    c.noteUnknown(table, e, null, "it may not exist: " + why);
                    return 0;
                }
            }
        }
        if (attribute == null) {
            c.status = Column.PRESENT;
            return e;
        }
        byte s = attribute.state(e);
        c.status = s;
        if (s != Column.PRESENT) {
            c.noteUnknown(table, e, attributeName, s == Column.UNKNOWN ? attribute.unknownReason(e) : null);
        }
        return attribute.longAt(e);
    }

    /** An own attribute as a gather from its column; other paths row by row. */
    @Override
    public void bits(Block b, int[] sel, int n, long[] out, byte[] status) {
        int[] from = b.slots[startSlot];
        if (steps.length == 0 && attribute != null) {
            Column a = attribute;
            for (int i = 0; i < n; i++) {
                int r = sel[i];
                int e = from[r];
                status[r] = a.state(e);
                out[r] = a.longAt(e);
            }
            return;
        }
        Ctx c = b.ctx;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            c.entity[startSlot] = from[r];
            out[r] = bits(c);
            status[r] = c.status;
        }
    }

    @Override
    public int collect(Ctx c) {
        int before = c.top;
        int e = c.entity[startSlot];
        if (certain && steps.length == 1) {
            // The common case, one sure relation, as a plain loop over its index array.
            Relation r = steps[0];
            for (int s = r.start(e), end = r.end(e); s < end; s++) {
                emit(c, r.target(s), tables[0], false);
            }
        } else if (certain && steps.length == 2 && attribute == null) {
            // Two sure steps to entities ({@code subnet.az}): two loops, nothing to check on the way.
            Relation r0 = steps[0];
            Relation r1 = steps[1];
            for (int s0 = r0.start(e), end0 = r0.end(e); s0 < end0; s0++) {
                int e1 = r0.target(s0);
                for (int s1 = r1.start(e1), end1 = r1.end(e1); s1 < end1; s1++) {
                    c.push(r1.target(s1), Column.PRESENT);
                }
            }
        } else {
            walk(c, 0, e, startTable, false);
        }
        return c.top - before;
    }

    /**
     * Lays out the elements reached from entity {@code e} by steps {@code k..}. An element reached
     * through an entity that may not exist (on the way or at the end) is itself a maybe: its state
     * is unknown, whether it is that entity or an attribute of it. The entity in the start slot is
     * the one at hand, whose existence its quantifier has already weighed.
     */
    private void walk(Ctx c, int k, int e, EntityTable table, boolean maybe) {
        if (k == steps.length) {
            emit(c, e, table, maybe);
            return;
        }
        Relation r = steps[k];
        if (r.hasUnknown()) {
            String why = r.unknownReason(e);
            if (why != null) {
                c.incomplete = true;
                c.noteUnknown(table, e, names[k], why);
            }
        }
        EntityTable next = tables[k];
        boolean existence = next.hasExistenceUnknown();
        for (int s = r.start(e), end = r.end(e); s < end; s++) {
            int t = r.target(s);
            boolean m = maybe;
            if (existence && !m) {
                String why = next.existenceUnknown(t);
                if (why != null) {
                    m = true;
                    c.noteUnknown(next, t, null, "it may not exist: " + why);
                }
            }
            walk(c, k + 1, t, next, m);
        }
    }

    private void emit(Ctx c, int e, EntityTable table, boolean maybe) {
        if (attribute == null) {
            c.push(e, maybe ? Column.UNKNOWN : Column.PRESENT);
            return;
        }
        byte s = attribute.state(e);
        if (maybe) {
            s = Column.UNKNOWN;
        } else if (s != Column.PRESENT) {
            c.noteUnknown(table, e, attributeName, s == Column.UNKNOWN ? attribute.unknownReason(e) : null);
        }
        c.push(attribute.longAt(e), s);
    }
}
