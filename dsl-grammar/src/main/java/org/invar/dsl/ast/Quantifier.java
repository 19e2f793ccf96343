package org.invar.dsl.ast;

/**
 * {@code every}, {@code no}, {@code some}, {@code at least n}, {@code at most n} or
 * {@code exactly n}: how many entities in range must satisfy the claim.
 */
public record Quantifier(Kind kind, int count) {

    public enum Kind {
        EVERY, NO, SOME, AT_LEAST, AT_MOST, EXACTLY;

        public boolean counted() {
            return this == AT_LEAST || this == AT_MOST || this == EXACTLY;
        }
    }

    public static final Quantifier EVERY = new Quantifier(Kind.EVERY, 0);
    public static final Quantifier NO = new Quantifier(Kind.NO, 0);
    public static final Quantifier SOME = new Quantifier(Kind.SOME, 0);

    public Quantifier {
        if (count < 0) {
            throw new IllegalArgumentException("a quantifier counts from zero: " + count);
        }
        if (!kind.counted() && count != 0) {
            throw new IllegalArgumentException(kind + " takes no count");
        }
    }

    public static Quantifier atLeast(int n) {
        return new Quantifier(Kind.AT_LEAST, n);
    }

    public static Quantifier atMost(int n) {
        return new Quantifier(Kind.AT_MOST, n);
    }

    public static Quantifier exactly(int n) {
        return new Quantifier(Kind.EXACTLY, n);
    }

    /** The words as written in a rule. */
    public String text() {
        return switch (kind) {
            case EVERY -> "every";
            case NO -> "no";
            case SOME -> "some";
            case AT_LEAST -> "at least " + count;
            case AT_MOST -> "at most " + count;
            case EXACTLY -> "exactly " + count;
        };
    }
}
