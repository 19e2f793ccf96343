package org.invar.cloudformation.resolve;

/**
 * The value of a condition: true, false, or unknown with the reason (a parameter without a
 * value). {@code and}/{@code or}/{@code not} follow Kleene's three-valued logic, as the engine's do.
 */
public record Truth(Boolean value, String reason) {
    public static final Truth TRUE = new Truth(true, null);
    public static final Truth FALSE = new Truth(false, null);

    public static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static Truth unknown(String reason) {
        return new Truth(null, reason);
    }

    public boolean isKnown() {
        return value != null;
    }

    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    public boolean isFalse() {
        return Boolean.FALSE.equals(value);
    }

    public Truth not() {
        return isKnown() ? of(!value) : this;
    }

    public Truth and(Truth other) {
        if (isFalse() || other.isFalse()) {
            return FALSE;
        }
        return isKnown() ? other : this;
    }

    public Truth or(Truth other) {
        if (isTrue() || other.isTrue()) {
            return TRUE;
        }
        return isKnown() ? other : this;
    }
}
