package org.invar.eval;

/** A compiled condition: {@link Tri#TRUE}, {@link Tri#FALSE} or {@link Tri#UNKNOWN}. */
interface Cond {
    byte test(Ctx c);
}
