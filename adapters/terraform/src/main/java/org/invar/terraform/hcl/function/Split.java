package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code split(separator, str)}: the parts between separators, as Go's strings.Split makes them
 * ({@code split(",", "")} is one empty string; an empty separator splits every character).
 */
final class Split extends BaseFunction {
    Split() {
        super("split", Param.string("separator"), Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        String sep = text(args.get(0));
        String s = text(args.get(1));
        List<String> parts = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
            return strings(parts);
        }
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + sep.length();
        }
        parts.add(s.substring(start));
        return strings(parts);
    }
}
