package org.invar.model;

import java.util.Objects;

/**
 * A rule that an entity's owners chose not to apply to it, and why: from a CloudFormation
 * resource's {@code Metadata: {invar: {suppress: [{rule, reason}]}}}, a Terraform
 * {@code # invar:suppress RULE reason} comment, or a model file. A suppressed violation is still
 * reported, marked suppressed with the reason, and does not count toward a failing exit status.
 */
public record Suppression(String rule, String reason) {
    public Suppression {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (rule.isBlank()) {
            throw new ModelException("a suppression names the rule it suppresses");
        }
        if (reason.isBlank()) {
            throw new ModelException("the suppression of rule " + rule + " has no reason: say why it does not apply");
        }
    }
}
