package org.invar.cloudformation.resolve;

import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * {@code Fn::Select [index, list]}. Of a list of unknown length ({@code !GetAZs ""}, a list
 * parameter without a value) it is still the index-th element, which is what makes
 * {@code !Select [0, !GetAZs ""]} and {@code !Select [1, !GetAZs ""]} two known, distinct AZs.
 */
final class SelectFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        List<Node> args = Args.list(r.scope(), arg, "Fn::Select", 2, 2);
        Val indexVal = r.resolve(args.get(0));
        if (indexVal instanceof Val.Unknown u) {
            return u;
        }
        if (!(indexVal instanceof Val.Str s) || s.literal().isEmpty()) {
            return Val.unknown("the index of Fn::Select is not known: "
                    + (indexVal instanceof Val.Str s2 ? s2.unknownReason().orElse("") : "not a number"));
        }
        int index;
        try {
            index = Integer.parseInt(s.literal().get().strip());
        } catch (NumberFormatException e) {
            throw r.error(args.get(0).pos(), "the index of Fn::Select must be a number, not '" + s.literal().get() + "'");
        }
        if (index < 0) {
            throw r.error(args.get(0).pos(), "the index of Fn::Select must not be negative");
        }
        Val list = r.resolve(args.get(1));
        if (list instanceof Val.Unknown u) {
            return u;
        }
        if (list instanceof Val.OpenList o) {
            return o.element().apply(index);
        }
        if (!(list instanceof Val.ListV items)) {
            throw r.error(args.get(1).pos(), "Fn::Select takes a list to select from");
        }
        if (index >= items.items().size()) {
            throw r.error(args.get(0).pos(), "Fn::Select index " + index + " is past the end of a list of "
                    + items.items().size());
        }
        return items.items().get(index);
    }
}
