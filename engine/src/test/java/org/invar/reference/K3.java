package org.invar.reference;

/** Kleene's strong three-valued logic, written out plainly. */
public enum K3 {
    TRUE, FALSE, UNKNOWN;

    public static K3 of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public K3 and(K3 other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        if (this == TRUE && other == TRUE) {
            return TRUE;
        }
        return UNKNOWN;
    }

    public K3 or(K3 other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        if (this == FALSE && other == FALSE) {
            return FALSE;
        }
        return UNKNOWN;
    }

    public K3 not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
