package org.invar.eval;

import org.invar.check.Type;

/**
 * A compiled collection: {@link #collect} lays its elements (bits and a state each) on the
 * context's stack from {@link Ctx#top} and returns how many; the caller pops them by resetting
 * {@code top}. It sets {@link Ctx#incomplete} when there may be elements it could not list.
 */
interface Coll {
    int collect(Ctx c);

    /** The type of one element. */
    Type element();
}
