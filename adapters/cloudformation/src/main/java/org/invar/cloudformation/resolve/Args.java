package org.invar.cloudformation.resolve;

import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.TemplateSyntax;

/** Checks the shape of an intrinsic function's arguments, with errors at their position. */
final class Args {
    private Args() {
    }

    /** The argument as a list of {@code min} to {@code max} items. */
    static List<Node> list(StackScope scope, Node arg, String function, int min, int max) {
        if (!(arg instanceof Node.Sequence s)) {
            throw TemplateSyntax.error(scope.file(), arg.pos(), function + " takes a list of "
                    + count(min, max) + " arguments");
        }
        if (s.items().size() < min || s.items().size() > max) {
            throw TemplateSyntax.error(scope.file(), arg.pos(), function + " takes " + count(min, max)
                    + " arguments, not " + s.items().size());
        }
        return s.items();
    }

    /** The argument as a plain name (a logical id, a condition name). */
    static String name(StackScope scope, Node arg, String function) {
        if (!(arg instanceof Node.Scalar s) || s.isNull()) {
            throw TemplateSyntax.error(scope.file(), arg.pos(), function + " takes a name");
        }
        return s.text();
    }

    private static String count(int min, int max) {
        return min == max ? Integer.toString(min) : min + " to " + max;
    }
}
