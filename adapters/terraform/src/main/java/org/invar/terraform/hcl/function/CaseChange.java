package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code upper(str)} and {@code lower(str)}: each character mapped on its own, as Go maps them
 * ({@code "ß"} has no upper case of one character, so it stays).
 */
final class CaseChange extends BaseFunction {
    private final boolean upper;

    private CaseChange(boolean upper) {
        super(upper ? "upper" : "lower", Param.string("str"));
        this.upper = upper;
    }

    static CaseChange upper() {
        return new CaseChange(true);
    }

    static CaseChange lower() {
        return new CaseChange(false);
    }

    @Override
    public Value apply(List<Value> args) {
        StringBuilder out = new StringBuilder();
        text(args.get(0)).codePoints().forEach(c -> out.appendCodePoint(upper ? Character.toUpperCase(c)
                : Character.toLowerCase(c)));
        return str(out.toString());
    }
}
