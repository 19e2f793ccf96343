package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code title(str)}: the first letter of each word in title case, words as Go's strings.Title tells them. */
final class Title extends BaseFunction {
    Title() {
        super("title", Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        StringBuilder out = new StringBuilder();
        int[] previous = {' '};
        text(args.get(0)).codePoints().forEach(c -> {
            out.appendCodePoint(separator(previous[0]) ? Character.toTitleCase(c) : c);
            previous[0] = c;
        });
        return str(out.toString());
    }

    /** Go's rule: ASCII letters, digits and _ are inside words; other Unicode letters and digits too, spaces not. */
    private static boolean separator(int c) {
        if (c <= 0x7F) {
            return !(Character.isLetterOrDigit(c) || c == '_');
        }
        if (Character.isLetter(c) || Character.isDigit(c)) {
            return false;
        }
        return Trim.goSpace(c);
    }
}
