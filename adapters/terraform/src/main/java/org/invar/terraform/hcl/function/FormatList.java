package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code formatlist(format, args...)}: format applied element by element; list arguments must
 * have one length, other arguments are used for every element. An element with an unknown part
 * is an unknown string, the others known.
 */
final class FormatList extends BaseFunction {
    FormatList() {
        super("formatlist", List.of(Param.string("format")), Param.any("args").orNull().orUnknown());
    }

    @Override
    public Value apply(List<Value> args) {
        String spec = text(args.get(0));
        List<Value> rest = args.subList(1, args.size());
        int length = -1;
        int chooser = -1;
        for (int i = 0; i < rest.size(); i++) {
            Value v = Values.force(rest.get(i));
            if (v instanceof Value.Unknown || v instanceof Value.OpenList) {
                return Values.unknown(List.of(v));
            }
            if (v instanceof Value.Tuple t) {
                if (length == -1) {
                    length = t.items().size();
                    chooser = i;
                } else if (t.items().size() != length) {
                    throw new FunctionException(i + 1, "argument " + (i + 1) + " has length " + t.items().size()
                            + ", which is inconsistent with argument " + (chooser + 1) + " of length " + length);
                }
            }
        }
        List<Value> out = new ArrayList<>();
        for (int n = 0; n < Math.max(length, length == -1 ? 1 : 0); n++) {
            List<Value> values = new ArrayList<>();
            for (Value r : rest) {
                Value v = Values.force(r);
                values.add(v instanceof Value.Tuple t ? t.items().get(n) : v);
            }
            Value unknown = unknownIn(values.toArray(Value[]::new));
            if (unknown != null) {
                out.add(unknown);
                continue;
            }
            try {
                out.add(str(Format.format(spec, values, 1)));
            } catch (FunctionException e) {
                throw new FunctionException("error on format iteration " + n + ": " + e.getMessage());
            }
        }
        return list(out);
    }
}
