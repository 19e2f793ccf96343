package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.List;

/** String operations on partially known strings ({@link Val.Str}). */
final class Texts {
    private Texts() {
    }

    /**
     * Splits a string on a literal delimiter. Literal text is split exactly; a symbol stays
     * inside its piece when its concrete value cannot contain the delimiter (an id never holds a
     * comma). When one may, the number of pieces is not known and the result is unknown.
     */
    static Val split(String delimiter, Val.Str s, String what) {
        List<Val> pieces = new ArrayList<>();
        List<Val.Part> current = new ArrayList<>();
        for (Val.Part part : s.parts()) {
            if (part instanceof Val.Part.Sym sym) {
                if (sym.symbol().mayContain(delimiter)) {
                    return Val.unknown("Fn::Split of " + what + " is not known: " + sym.symbol().reason());
                }
                current.add(part);
                continue;
            }
            String text = ((Val.Part.Lit) part).text();
            int from = 0;
            int at;
            while (!delimiter.isEmpty() && (at = text.indexOf(delimiter, from)) >= 0) {
                current.add(new Val.Part.Lit(text.substring(from, at)));
                pieces.add(new Val.Str(current));
                current = new ArrayList<>();
                from = at + delimiter.length();
            }
            current.add(new Val.Part.Lit(text.substring(from)));
        }
        pieces.add(new Val.Str(current));
        return new Val.ListV(pieces);
    }

    /** The parts a value contributes to a string (Join, Sub); null when it is not a string. */
    static List<Val.Part> parts(Val v) {
        if (v instanceof Val.Str s) {
            return s.parts();
        }
        if (v instanceof Val.Unknown u) {
            return List.of(new Val.Part.Sym(new Symbol.Opaque(u.reason())));
        }
        if (v instanceof Val.Null) {
            return List.of(new Val.Part.Lit(""));
        }
        return null;
    }
}
