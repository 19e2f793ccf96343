package org.invar.report;

/**
 * A rule's verdict for an entity, or for itself: pass, fail, unknown (data needed to decide was
 * missing, with the reason), or skip (nothing was in scope, which is said rather than passed).
 */
public enum Verdict {
    PASS, FAIL, UNKNOWN, SKIP;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
