package org.invar.testing;

import org.invar.model.Model;
import org.invar.report.RuleResult;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The verdict of one rule in a test of its own: fails the test before its body runs when the
 * rule fails, and hands the body the model and the rule's result.
 */
final class RuleVerdict implements BeforeTestExecutionCallback, ParameterResolver {
    private final CheckedRules result;
    private final int rule;
    private final Model model;

    RuleVerdict(CheckedRules result, int rule, Model model) {
        this.result = result;
        this.rule = rule;
        this.model = model;
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        result.failure(rule).ifPresent(Failures::fail);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Model.class || type == RuleResult.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Model.class ? model : result.outcomes().get(rule).result();
    }
}
