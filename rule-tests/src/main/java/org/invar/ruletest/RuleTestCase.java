package org.invar.ruletest;

import java.util.List;
import java.util.Map;

/**
 * One case of a rule test file: a name, the inputs (several are merged into one model), params
 * for the adapters and for the rules that declare them, and what each named rule must give.
 */
public record RuleTestCase(String name, SourcePosition position, List<CaseInput> inputs, Map<String, String> params,
                           List<Expectation> expectations) {
    public RuleTestCase {
        inputs = List.copyOf(inputs);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        expectations = List.copyOf(expectations);
    }
}
