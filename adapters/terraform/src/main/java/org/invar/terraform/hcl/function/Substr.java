package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code substr(str, offset, length)}: characters from offset (counted from the end when
 * negative; the start when that is still before it), at most length of them (the rest when
 * negative), as go-cty cuts it: an offset past the end is the empty string.
 */
final class Substr extends BaseFunction {
    Substr() {
        super("substr", Param.string("str"), Param.number("offset"), Param.number("length"));
    }

    @Override
    public Value apply(List<Value> args) {
        List<String> chars = Graphemes.of(text(args.get(0)));
        int offset = integer(1, args.get(1), "the offset");
        int length = integer(2, args.get(2), "the length");
        int size = chars.size();
        if (offset < 0) {
            offset = Math.max(0, offset + size);
        } else if (length == 0) {
            return str("");
        }
        if (offset >= size) {
            return str("");
        }
        int end = length < 0 ? size : (int) Math.min((long) offset + length, size);
        return str(String.join("", chars.subList(offset, end)));
    }
}
