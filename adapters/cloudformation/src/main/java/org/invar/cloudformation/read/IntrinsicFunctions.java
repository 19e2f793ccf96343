package org.invar.cloudformation.read;

import java.util.Set;
import java.util.TreeSet;

/**
 * The intrinsic functions CloudFormation knows. A one-key mapping {@code {Fn::Joinn: ...}} is
 * refused as the file is read, wherever it is, so a typo in a resource the model does not use is
 * still reported rather than silently ignored. The functions of the Rules section
 * ({@code Fn::Contains}, ...) and {@code Fn::ForEach::Name} loops are known too.
 */
public final class IntrinsicFunctions {
    public static final Set<String> NAMES = Set.copyOf(new TreeSet<>(Set.of("Fn::GetAtt", "Fn::Sub", "Fn::Select",
            "Fn::GetAZs", "Fn::If", "Fn::Join", "Fn::Split", "Fn::FindInMap", "Fn::ImportValue", "Fn::Equals",
            "Fn::And", "Fn::Or", "Fn::Not", "Fn::Base64", "Fn::Cidr", "Fn::Length", "Fn::ToJsonString",
            "Fn::Transform", "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::RefAll",
            "Fn::ValueOf", "Fn::ValueOfAll", "Fn::GetStackOutput")));

    private IntrinsicFunctions() {
    }

    /** Whether a mapping key may stand alone: anything but an {@code Fn::} name CloudFormation does not know. */
    static boolean known(String key) {
        return !key.startsWith("Fn::") || NAMES.contains(key) || key.startsWith("Fn::ForEach::");
    }
}
