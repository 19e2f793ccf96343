package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code strrev(str)}: the characters in reverse order, combining marks kept with their letter. */
final class StrRev extends BaseFunction {
    StrRev() {
        super("strrev", Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        List<String> chars = new ArrayList<>(Graphemes.of(text(args.get(0))));
        Collections.reverse(chars);
        return str(String.join("", chars));
    }
}
