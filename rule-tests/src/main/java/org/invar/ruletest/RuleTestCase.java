package org.invar.ruletest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case of a rule test file: a name, the inputs (several are merged into one model), params
 * for the adapters and for the rules that declare them, what each named rule must give, and what
 * a check with all the rules must say.
 */
public record RuleTestCase(String name, SourcePosition position, List<CaseInput> inputs, Map<String, String> params,
                           List<Expectation> expectations, Optional<CheckExpectation> check) {
    public RuleTestCase {
        inputs = List.copyOf(inputs);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        expectations = List.copyOf(expectations);
    }
}
