package org.invar.cloudformation.resolve;

import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** {@code Fn::Split [delimiter, string]}, exact around ids (see {@link Texts#split}). */
final class SplitFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        List<Node> args = Args.list(r.scope(), arg, "Fn::Split", 2, 2);
        String delimiter = r.literal(args.get(0), "the delimiter of Fn::Split");
        if (delimiter.isEmpty()) {
            throw r.error(args.get(0).pos(), "the delimiter of Fn::Split must not be empty");
        }
        Val source = r.resolve(args.get(1));
        if (source instanceof Val.Unknown u) {
            return u;
        }
        if (!(source instanceof Val.Str s)) {
            throw r.error(args.get(1).pos(), "Fn::Split takes a string to split");
        }
        return Texts.split(delimiter, s, "a value");
    }
}
