package org.invar.cloudformation.resolve;

import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** One intrinsic function: resolves its argument (as written) in the resolver's stack. */
interface Intrinsic {
    Val apply(Resolver r, Node arg, Pos pos);
}
