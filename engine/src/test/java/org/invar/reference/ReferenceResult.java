package org.invar.reference;

import java.util.Set;
import java.util.TreeSet;
import org.invar.report.Verdict;

/**
 * What the reference interpreter says about one rule: its verdict, how many entities were in
 * scope, and for {@code every}/{@code no} rules the ids of the entities that fail and of those
 * that cannot be decided. For counting quantifiers the id sets are empty and {@code yes} and
 * {@code maybe} hold the counts that decided the verdict.
 */
public record ReferenceResult(Verdict verdict, int inScope, Set<String> failing, Set<String> unknown, int yes,
                              int maybe) {
    public ReferenceResult {
        failing = Set.copyOf(failing);
        unknown = Set.copyOf(unknown);
    }

    @Override
    public String toString() {
        return verdict + " (in scope " + inScope + ", failing " + new TreeSet<>(failing) + ", unknown "
                + new TreeSet<>(unknown) + ", yes " + yes + ", maybe " + maybe + ")";
    }
}
