package org.invar.cloudformation.resolve;

import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * {@code Fn::If [condition, then, else]}. When the condition cannot be decided the value is
 * unknown, unless both branches resolve to the same value.
 */
final class IfFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        List<Node> args = Args.list(r.scope(), arg, "Fn::If", 3, 3);
        String condition = Args.name(r.scope(), args.get(0), "Fn::If");
        Truth t = r.scope().conditions().truth(condition, args.get(0).pos());
        if (t.isTrue()) {
            return r.resolve(args.get(1));
        }
        if (t.isFalse()) {
            return r.resolve(args.get(2));
        }
        Val yes = r.resolve(args.get(1));
        Val no = r.resolve(args.get(2));
        return yes.equals(no) ? yes : Val.unknown(t.reason());
    }
}
