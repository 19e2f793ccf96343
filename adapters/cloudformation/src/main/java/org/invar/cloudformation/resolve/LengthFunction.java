package org.invar.cloudformation.resolve;

import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** {@code Fn::Length list}: the number of elements, when the list's length is known. */
final class LengthFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        Val v = r.resolve(arg);
        if (v instanceof Val.ListV l) {
            return Val.text(Integer.toString(l.items().size()));
        }
        if (v instanceof Val.OpenList o) {
            return Val.unknown("Fn::Length of " + o.what() + ": " + o.reason());
        }
        if (v instanceof Val.Unknown u) {
            return u;
        }
        throw r.error(arg.pos(), "Fn::Length takes a list");
    }
}
