package org.invar.eval;

import java.util.ArrayList;
import java.util.List;
import org.invar.check.Type;
import org.invar.model.Column;
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

    static String collection(Ctx c, Coll node) {
        int base = c.top;
        c.incomplete = false;
        int n = node.collect(c);
        List<String> parts = new ArrayList<>();
        for (int i = base; i < base + n; i++) {
            parts.add(c.state[i] == Column.PRESENT ? bits(c.model, node.element(), c.buf[i])
                    : c.state[i] == Column.UNKNOWN ? "unknown" : "(not set)");
        }
        if (c.incomplete) {
            parts.add("...");
        }
        c.top = base;
        return "[" + String.join(", ", parts) + "]";
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
