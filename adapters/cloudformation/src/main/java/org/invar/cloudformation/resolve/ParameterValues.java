package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.template.Parameter;
import org.invar.cloudformation.template.Template;

/**
 * The value of each parameter of a stack: the value given (an override from the user, or what
 * the parent stack passes), else the default, else none.
 *
 * <ul>
 *   <li>{@code List<...>} and {@code CommaDelimitedList} values are split on commas into lists.</li>
 *   <li>A parameter without a value whose type names an AWS id ({@code AWS::EC2::Subnet::Id},
 *       {@code List<AWS::EC2::Subnet::Id>}, ...) stands for something outside the template: a
 *       {@link Symbol.External} (one per list element, by index), so a subnet taken from it is
 *       still a subnet of the model, with unknown fields, rather than a dropped link.</li>
 *   <li>Any other parameter without a value is {@link Val.Unknown}, with the reason
 *       {@code parameter X has no value}.</li>
 *   <li>{@code AWS::SSM::Parameter::Value<...>} parameters are read from SSM at deploy time: unknown.</li>
 * </ul>
 */
public final class ParameterValues {
    private static final Pattern AWS_ID = Pattern.compile("AWS::EC2::[A-Za-z]+::Id|AWS::Route53::HostedZone::Id");

    private ParameterValues() {
    }

    /**
     * @param given values by parameter name (parameters the template does not declare are ignored,
     *              as the command line's {@code --param} may be meant for another input)
     * @param prefix the stack's entity-id prefix, for the ids of external entities
     */
    public static Map<String, Val> of(Template template, Map<String, Val> given, String prefix) {
        Map<String, Val> values = new LinkedHashMap<>();
        for (Parameter p : template.parameters().values()) {
            values.put(p.name(), value(p, given.get(p.name()), prefix));
        }
        return values;
    }

    private static Val value(Parameter p, Val given, String prefix) {
        if (p.type().startsWith("AWS::SSM::Parameter::Value<")) {
            return Val.unknown("parameter " + p.name() + " is read from SSM Parameter Store at deploy time");
        }
        Val v = given;
        if (v == null || v instanceof Val.NoValue) {
            v = p.defaultValue().map(ParameterValues::literal).orElse(null);
        }
        String missing = "parameter " + p.name() + " has no value";
        boolean external = AWS_ID.matcher(p.elementType()).matches();
        if (v == null || v instanceof Val.Unknown) {
            String reason = v == null ? missing : ((Val.Unknown) v).reason();
            if (!external) {
                return Val.unknown(reason);
            }
            String id = prefix + p.name();
            if (p.isList()) {
                return new Val.OpenList("parameter " + p.name(), i -> Val.symbol(new Symbol.External(id + "[" + i + "]",
                        p.elementType() + " number " + (i + 1) + " of parameter " + p.name()
                                + " is outside the template (" + reason + ")")), reason);
            }
            return Val.symbol(new Symbol.External(id, p.elementType() + " " + p.name()
                    + " is outside the template (" + reason + ")"));
        }
        if (p.isList()) {
            return asList(v);
        }
        return v;
    }

    private static Val asList(Val v) {
        if (v instanceof Val.Str s) {
            if (s.literal().map(String::isEmpty).orElse(false)) {
                return new Val.ListV(List.of());
            }
            Val split = Texts.split(",", s, "a list parameter's value");
            if (split instanceof Val.ListV list) {
                List<Val> trimmed = new ArrayList<>();
                for (Val item : list.items()) {
                    trimmed.add(item instanceof Val.Str t && t.literal().isPresent() ? Val.text(t.literal().get().trim()) : item);
                }
                return new Val.ListV(trimmed);
            }
            return split;
        }
        return v;
    }

    /** A default as written: a string, or (leniently) a list of strings. */
    private static Val literal(Node n) {
        if (n instanceof Node.Scalar s) {
            return s.isNull() ? Val.text("") : Val.text(s.text());
        }
        if (n instanceof Node.Sequence seq) {
            List<Val> items = new ArrayList<>();
            for (Node item : seq.items()) {
                items.add(literal(item));
            }
            return new Val.ListV(items);
        }
        return Val.unknown("a parameter default must be a string");
    }
}
