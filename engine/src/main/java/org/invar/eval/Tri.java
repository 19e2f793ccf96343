package org.invar.eval;

/**
 * Kleene's three-valued logic on bytes, so conditions allocate nothing: {@link #FALSE},
 * {@link #TRUE}, {@link #UNKNOWN}.
 */
public final class Tri {
    public static final byte FALSE = 0;
    public static final byte TRUE = 1;
    public static final byte UNKNOWN = 2;

    private Tri() {
    }

    public static byte of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static byte and(byte a, byte b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        return a == TRUE && b == TRUE ? TRUE : UNKNOWN;
    }

    public static byte or(byte a, byte b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        return a == FALSE && b == FALSE ? FALSE : UNKNOWN;
    }

    public static byte not(byte a) {
        return a == UNKNOWN ? UNKNOWN : (byte) (1 - a);
    }

    public static String word(byte t) {
        return switch (t) {
            case FALSE -> "false";
            case TRUE -> "true";
            default -> "unknown";
        };
    }
}
