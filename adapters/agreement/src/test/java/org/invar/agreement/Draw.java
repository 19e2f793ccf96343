package org.invar.agreement;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Choices drawn from QuickTheories' randomness source, so that a generator written as plain code
 * still shrinks: every draw shrinks towards its lower bound, so each choice puts the simplest
 * outcome lowest (no feature, the first option, the fewest elements).
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

    /** A subset of the options, in their order, of at least {@code min} elements when there are that many; shrinks to the first {@code min}. */
    <T> List<T> subset(List<T> options, int min) {
        List<T> chosen = new ArrayList<>();
        for (T option : options) {
            if (chance(50)) {
                chosen.add(option);
            }
        }
        for (int i = 0; chosen.size() < Math.min(min, options.size()); i++) {
            if (!chosen.contains(options.get(i))) {
                chosen.add(options.get(i));
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(options::indexOf));
        return chosen;
    }
}
