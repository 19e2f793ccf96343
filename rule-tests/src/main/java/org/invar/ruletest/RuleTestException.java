package org.invar.ruletest;

import java.util.List;

/**
 * A rule test file that cannot be run: malformed YAML, a missing or misspelt field, an input that
 * does not exist, rules that do not compile, an expectation for a rule that is not there. Holds
 * every problem found, each a line {@code file:line:col: error: what}, in file order; the message
 * is those lines.
 */
public final class RuleTestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RuleTestException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, {@code file:line:col: error: what}. */
    public List<String> problems() {
        return problems;
    }
}
