package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.template.Parameter;
import org.invar.cloudformation.template.Template;
import org.invar.model.Origin;

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
 *   <li>A {@code String} parameter without a value is {@link Val.Unknown} with the reason
 *       {@code parameter X has no value}, and stands for an outside entity where one is
 *       expected ({@code Subnets: [!Ref Subnet1]}); a {@code CommaDelimitedList} (or
 *       {@code List<String>}) one is a list of unknown length whose elements are such values.
 *       Templates often type subnet and cluster parameters as plain strings.</li>
 *   <li>Any other parameter without a value is {@link Val.Unknown}, with the reason
 *       {@code parameter X has no value}.</li>
 *   <li>{@code AWS::SSM::Parameter::Value<...>} parameters are read from SSM at deploy time: unknown.</li>
 * </ul>
 *
 * <p>An outside entity's id is the parameter's name (under the nested stack's prefix), with
 * {@code [i]} for list elements ({@code Subnets[0]}): logical ids are unique across a template's
 * parameters and resources, and one parameter is one entity wherever it is used. It points at
 * the parameter's declaration.
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
            values.put(p.name(), value(p, given.get(p.name()), prefix, template));
        }
        return values;
    }

    private static Val value(Parameter p, Val given, String prefix, Template template) {
        if (p.type().startsWith("AWS::SSM::Parameter::Value<")) {
            return Val.unknown("parameter " + p.name() + " is read from SSM Parameter Store at deploy time");
        }
        Val v = given;
        if (v == null || v instanceof Val.NoValue) {
            v = p.defaultValue().map(ParameterValues::literal).orElse(null);
        }
        if (v == null || v instanceof Val.Unknown) {
            return withoutValue(p, (Val.Unknown) v, prefix, template);
        }
        if (p.isList()) {
            return asList(v);
        }
        return v;
    }

    /** A parameter with no value, or with one that is not known ({@code given}, else null). */
    private static Val withoutValue(Parameter p, Val.Unknown given, String prefix, Template template) {
        String reason = given == null ? "parameter " + p.name() + " has no value" : given.reason();
        String id = prefix + p.name();
        Origin declared = Origin.at(template.file(), p.pos().line(), p.pos().column()).withResource(id);
        boolean awsId = AWS_ID.matcher(p.elementType()).matches();
        boolean text = p.elementType().equals("String");
        if (p.isList() && (awsId || text)) {
            String what = awsId ? p.elementType() + " number " : "item ";
            return new Val.OpenList("parameter " + p.name(), i -> {
                Symbol.External element = new Symbol.External(id + "[" + i + "]", what + (i + 1) + " of parameter "
                        + p.name() + " is outside the template (" + reason + ")", declared);
                return awsId ? Val.symbol(element) : new Val.Unknown(reason, element);
            }, reason, new Memo(() -> ListParameterLengths.certain(template, p.name())));
        }
        if (given != null && given.standsFor() != null && (awsId || text)) {
            // The parent's parameter passed down: one parameter, one outside entity.
            return awsId ? Val.symbol(given.standsFor()) : given;
        }
        if (awsId) {
            return Val.symbol(new Symbol.External(id, p.elementType() + " " + p.name()
                    + " is outside the template (" + reason + ")", declared));
        }
        if (text) {
            return new Val.Unknown(reason, new Symbol.External(id, p.name() + " is outside the template (" + reason
                    + ")", declared));
        }
        return Val.unknown(reason);
    }

    /** A count worked out once, when first asked for. */
    private static final class Memo implements IntSupplier {
        private final IntSupplier compute;
        private int value = -1;

        Memo(IntSupplier compute) {
            this.compute = compute;
        }

        @Override
        public int getAsInt() {
            if (value < 0) {
                value = compute.getAsInt();
            }
            return value;
        }
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
