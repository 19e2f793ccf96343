package org.invar.cloudformation.resolve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** {@code Fn::Base64}: encoded when the text is known. */
final class Base64Function implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        Val v = r.resolve(arg);
        if (v instanceof Val.Str s && s.literal().isPresent()) {
            return Val.text(Base64.getEncoder().encodeToString(s.literal().get().getBytes(StandardCharsets.UTF_8)));
        }
        return Val.symbol(new Symbol.Opaque("Fn::Base64 of a value known only at deploy time"));
    }
}
