package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code regex(pattern, string)}, the first match, and {@code regexall(pattern, string)}, every
 * match: without capture groups the matched text, with unnamed groups a list of them, with named
 * groups an object by name (a group that took no part is null). Mixing named and unnamed groups
 * is an error, as in Terraform; so is a pattern that {@code regex} does not find.
 */
final class Regex extends BaseFunction {
    private final boolean all;

    private Regex(boolean all) {
        super(all ? "regexall" : "regex", Param.string("pattern"), Param.string("string"));
        this.all = all;
    }

    static Regex first() {
        return new Regex(false);
    }

    static Regex all() {
        return new Regex(true);
    }

    @Override
    public Value apply(List<Value> args) {
        GoRegex re = GoRegex.compile(text(args.get(0)), 0);
        long named = re.names().stream().filter(n -> n != null).count();
        if (named > 0 && named < re.names().size()) {
            throw new FunctionException(0, "invalid regular expression: cannot mix both named and unnamed capture groups");
        }
        Matcher m = re.pattern().matcher(text(args.get(1)));
        if (!all) {
            if (!m.find()) {
                throw new FunctionException(1, "pattern did not match any part of the given string");
            }
            return result(m, re);
        }
        List<Value> out = new ArrayList<>();
        int previousEnd = -1;
        while (m.find()) {
            // Go leaves out an empty match right where the previous match ended
            if (!(m.start() == m.end() && m.start() == previousEnd)) {
                out.add(result(m, re));
            }
            previousEnd = m.end();
        }
        return list(out);
    }

    private static Value result(Matcher m, GoRegex re) {
        if (re.names().isEmpty()) {
            return str(m.group());
        }
        if (re.names().get(0) == null) {
            List<Value> groups = new ArrayList<>();
            for (int i = 1; i <= re.names().size(); i++) {
                groups.add(m.group(i) == null ? Value.NULL : str(m.group(i)));
            }
            return list(groups);
        }
        Map<String, Value> groups = new LinkedHashMap<>();
        for (int i = 1; i <= re.names().size(); i++) {
            groups.put(re.names().get(i - 1), m.group(i) == null ? Value.NULL : str(m.group(i)));
        }
        return new Value.Obj(groups);
    }
}
