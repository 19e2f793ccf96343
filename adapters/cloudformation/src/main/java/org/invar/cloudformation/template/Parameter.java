package org.invar.cloudformation.template;

import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * A template parameter: its name, declared type ({@code String}, {@code Number},
 * {@code List<AWS::EC2::Subnet::Id>}, {@code CommaDelimitedList}, ...) and default, if any.
 */
public record Parameter(String name, String type, Optional<Node> defaultValue, Pos pos) {

    /** Whether values of this type are lists, given as one comma-separated string. */
    public boolean isList() {
        return type.startsWith("List<") || type.equals("CommaDelimitedList");
    }

    /** The AWS type of the value or of each list element: {@code AWS::EC2::Subnet::Id}, {@code String}, ... */
    public String elementType() {
        if (type.startsWith("List<") && type.endsWith(">")) {
            return type.substring(5, type.length() - 1);
        }
        return type.equals("CommaDelimitedList") ? "String" : type;
    }
}
