package org.invar.cloudformation.read;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CloudFormation's YAML short forms: {@code !Ref X} is {@code {Ref: X}}, {@code !GetAtt A.B} is
 * {@code {Fn::GetAtt: A.B}}, and so on, also for the functions only the {@code Rules} section
 * takes ({@code !Contains}, {@code !EachMemberIn}, {@code !ValueOf}, ...).
 */
final class ShortFormTags {
    private static final Map<String, String> FUNCTIONS = new TreeMap<>();

    static {
        FUNCTIONS.put("!Ref", "Ref");
        FUNCTIONS.put("!Condition", "Condition");
        for (String fn : new String[] {"GetAtt", "Sub", "Select", "GetAZs", "If", "Join", "Split", "FindInMap",
                "ImportValue", "Equals", "And", "Or", "Not", "Base64", "Cidr", "Length", "ToJsonString",
                "Transform", "GetStackOutput",
                // the functions of the Rules section
                "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll"}) {
            FUNCTIONS.put("!" + fn, "Fn::" + fn);
        }
    }

    private ShortFormTags() {
    }

    /** The intrinsic a tag stands for, if it is one of the short forms. */
    static Optional<String> function(String tag) {
        return Optional.ofNullable(FUNCTIONS.get(tag));
    }

    static String known() {
        return String.join(" ", FUNCTIONS.keySet());
    }
}
