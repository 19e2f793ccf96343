package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;

/**
 * Detects a value that needs itself: a condition that refers to itself through others, a
 * {@code GetAtt} whose property refers back, nested stacks whose parameters need each other's
 * outputs. One guard is shared by every stack of a load.
 */
public final class CycleGuard {
    private final Set<String> active = new LinkedHashSet<>();

    /** Computes {@code work} for {@code key}, unless {@code key} is already being computed. */
    public <T> T within(String key, String file, Pos pos, Supplier<T> work) {
        if (!active.add(key)) {
            List<String> chain = new ArrayList<>();
            boolean on = false;
            for (String k : active) {
                on |= k.equals(key);
                if (on) {
                    chain.add(k);
                }
            }
            chain.add(key);
            throw TemplateSyntax.error(file, pos, "circular reference: " + String.join(" -> ", chain));
        }
        try {
            return work.get();
        } finally {
            active.remove(key);
        }
    }
}
