package org.invar.properties;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws from QuickTheories' randomness source, so that generators written as plain code still
 * shrink: QuickTheories shrinks every draw towards its lower bound, so every choice here is laid
 * out with the simplest outcome lowest (no feature, the first option, the fewest elements).
 */
final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
        this.in = in;
    }

    /** An int from lo to hi, both inclusive; shrinks to lo. */
    int between(int lo, int hi) {
        return (int) in.next(Constraint.between(lo, hi));
    }

    /** True with the given chance in percent; shrinks to false. */
    boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    /** One of the options; shrinks to the first. */
    <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[between(0, options.length - 1)];
    }
}
