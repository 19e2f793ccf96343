package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.regex.Matcher;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code replace(str, substr, replace)}: every occurrence of substr replaced; a substr in slashes
 * ({@code "/[0-9]+/"}) is a regular expression, and then {@code $1}, {@code ${name}} in replace
 * are its groups, expanded as Go expands them ({@code $1x} is the group named 1x, which is empty).
 */
final class Replace extends BaseFunction {
    Replace() {
        super("replace", Param.string("str"), Param.string("substr"), Param.string("replace"));
    }

    @Override
    public Value apply(List<Value> args) {
        String s = text(args.get(0));
        String find = text(args.get(1));
        String with = text(args.get(2));
        if (find.length() > 1 && find.startsWith("/") && find.endsWith("/")) {
            GoRegex re = GoRegex.compile(find.substring(1, find.length() - 1), 1);
            Matcher m = re.pattern().matcher(s);
            StringBuilder out = new StringBuilder();
            int last = 0;
            int previousEnd = -1;
            while (m.find()) {
                if (m.start() == m.end() && m.start() == previousEnd) {
                    continue; // Go leaves out an empty match right where the previous one ended
                }
                out.append(s, last, m.start()).append(expand(with, m, re));
                last = m.end();
                previousEnd = m.end();
            }
            return str(out.append(s.substring(last)).toString());
        }
        if (find.isEmpty()) {
            // Go inserts the replacement before every character and at the end
            StringBuilder out = new StringBuilder(with);
            s.codePoints().forEach(c -> out.appendCodePoint(c).append(with));
            return str(out.toString());
        }
        return str(s.replace(find, with));
    }

    /** Go's Regexp.Expand: $name or ${name}, the longest name of letters, digits and _; $$ is $. */
    private static String expand(String template, Matcher m, GoRegex re) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int next;
            if (template.charAt(i + 1) == '{') {
                int end = template.indexOf('}', i + 2);
                name = end < 0 ? null : template.substring(i + 2, end);
                next = end + 1;
                if (name == null || !name.matches("[A-Za-z0-9_]+")) {
                    out.append(c);
                    i++;
                    continue;
                }
            } else {
                int end = i + 1;
                while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end))
                        || template.charAt(end) == '_')) {
                    end++;
                }
                if (end == i + 1) {
                    out.append(c);
                    i++;
                    continue;
                }
                name = template.substring(i + 1, end);
                next = end;
            }
            out.append(group(m, re, name));
            i = next;
        }
        return out.toString();
    }

    private static String group(Matcher m, GoRegex re, String name) {
        int index;
        if (name.matches("[0-9]+")) {
            try {
                index = Integer.parseInt(name);
            } catch (NumberFormatException e) {
                return "";
            }
        } else {
            index = re.names().indexOf(name) + 1;
        }
        if (index <= 0 && !name.equals("0")) {
            return "";
        }
        if (index > m.groupCount()) {
            return "";
        }
        String g = m.group(index);
        return g == null ? "" : g;
    }
}
