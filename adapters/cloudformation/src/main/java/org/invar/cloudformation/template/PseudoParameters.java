package org.invar.cloudformation.template;

import java.util.Set;

/**
 * The pseudo parameters CloudFormation defines ({@code AWS::Region}, {@code AWS::AccountId}, ...):
 * names a template may {@code Ref} or use in {@code Fn::Sub} without declaring them.
 */
public final class PseudoParameters {
    public static final Set<String> NAMES = Set.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId",
            "AWS::Partition", "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");

    /** What every pseudo parameter's name starts with; no parameter or resource name can. */
    public static final String PREFIX = "AWS::";

    private PseudoParameters() {
    }
}
