package org.invar.eval;

import org.invar.check.Type;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;

/** Values as they read in messages and explanations. */
final class Display {
    private Display() {
    }

    static String scalar(Ctx c, Scalar node) {
        long bits = node.bits(c);
        if (c.status == Column.UNKNOWN) {
            return "unknown";
        }
        if (c.status == Column.ABSENT) {
            return "(not set)";
        }
        if (node instanceof Constant k && k.text != null) {
            return k.text;
        }
        return bits(c.model, node.type(), bits);
    }

    /**
     * The elements laid out, in brackets. Written straight into one builder, with an entity
     * kind's table looked up once: explaining a finding often shows a collection or two.
     */
    static String collection(Ctx c, Coll node) {
        int base = c.top;
        c.incomplete = false;
        int n = node.collect(c);
        Type element = node.element();
        EntityTable entities = !element.isEntity() ? null
                : node instanceof PathNode p ? p.endTable() : c.model.table(element.kind());
        StringBuilder out = new StringBuilder(2 + 12 * n).append('[');
        for (int i = base; i < base + n; i++) {
            if (i > base) {
                out.append(", ");
            }
            if (c.state[i] != Column.PRESENT) {
                out.append(c.state[i] == Column.UNKNOWN ? "unknown" : "(not set)");
            } else if (entities != null) {
                out.append(entities.id((int) c.buf[i]));
            } else {
                out.append(bits(c.model, element, c.buf[i]));
            }
        }
        if (c.incomplete) {
            out.append(n > 0 ? ", ..." : "...");
        }
        c.top = base;
        return out.append(']').toString();
    }

    static String bits(Model model, Type type, long bits) {
        if (type.isEntity()) {
            return model.table(type.kind()).id((int) bits);
        }
        return switch (type.scalar()) {
            case INT -> Long.toString(bits);
            case DECIMAL -> {
                double d = Double.longBitsToDouble(bits);
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            case BOOL -> bits != 0 ? "true" : "false";
            case STRING -> bits >= 0 ? model.strings().string((int) bits) : "?";
            case LIST -> "[...]";
        };
    }
}
