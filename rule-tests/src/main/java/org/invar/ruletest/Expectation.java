package org.invar.ruletest;

import java.util.Optional;
import java.util.SortedSet;
import org.invar.report.Verdict;

/**
 * What a case expects of one rule: its verdict, and optionally exactly which entities fail.
 *
 * <pre>
 * expect:
 *   ecs-service-covers-its-azs: fail
 *   availability:5: {verdict: fail, entities: [az-1, az-2]}
 * </pre>
 *
 * @param failing the ids of the entities that must fail, all of them and no others; empty when
 *     the case does not say
 */
public record Expectation(String rule, Verdict verdict, Optional<SortedSet<String>> failing, SourcePosition position) {
    public Expectation {
        failing = failing.map(ids -> java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(ids)));
    }
}
