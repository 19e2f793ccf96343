package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** {@code Fn::Join [delimiter, list]}: a list of unknown length joins to an unknown string. */
final class JoinFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        List<Node> args = Args.list(r.scope(), arg, "Fn::Join", 2, 2);
        String delimiter = r.literal(args.get(0), "the delimiter of Fn::Join");
        Val list = r.resolve(args.get(1));
        if (list instanceof Val.Unknown u) {
            return u;
        }
        if (list instanceof Val.OpenList o) {
            return Val.unknown("Fn::Join of " + o.what() + ", whose length is not known: " + o.reason());
        }
        if (!(list instanceof Val.ListV items)) {
            throw r.error(args.get(1).pos(), "Fn::Join takes a list to join");
        }
        List<Val.Part> parts = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            if (i > 0) {
                parts.add(new Val.Part.Lit(delimiter));
            }
            List<Val.Part> p = Texts.parts(items.items().get(i));
            if (p == null) {
                throw r.error(args.get(1).pos(), "Fn::Join joins strings; item " + (i + 1) + " is not one");
            }
            parts.addAll(p);
        }
        return new Val.Str(parts);
    }
}
