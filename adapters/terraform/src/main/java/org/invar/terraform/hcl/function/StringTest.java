package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code startswith(str, prefix)}, {@code endswith(str, suffix)} and {@code strcontains(str, substr)}. */
final class StringTest extends BaseFunction {
    private enum Kind { STARTS, ENDS, CONTAINS }

    private final Kind kind;

    private StringTest(Kind kind, String name, Param str, String second) {
        super(name, str, Param.string(second));
        this.kind = kind;
    }

    /** Every string starts with "": so does an unknown one, as Terraform knows. */
    static StringTest startsWith() {
        return new StringTest(Kind.STARTS, "startswith", Param.string("str").orUnknown(), "prefix");
    }

    static StringTest endsWith() {
        return new StringTest(Kind.ENDS, "endswith", Param.string("str"), "suffix");
    }

    static StringTest contains() {
        return new StringTest(Kind.CONTAINS, "strcontains", Param.string("str"), "substr");
    }

    @Override
    public Value apply(List<Value> args) {
        String other = text(args.get(1));
        if (Values.force(args.get(0)) instanceof Value.Unknown u) {
            return other.isEmpty() ? new Value.Bool(true) : u.derived();
        }
        String s = text(args.get(0));
        return new Value.Bool(switch (kind) {
            case STARTS -> s.startsWith(other);
            case ENDS -> s.endsWith(other);
            case CONTAINS -> s.contains(other);
        });
    }
}
