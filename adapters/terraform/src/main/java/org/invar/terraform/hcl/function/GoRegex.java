package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression of Go's RE2 syntax, as Terraform's regex functions take it, run by Java's
 * engine (the same leftmost-first matching): named groups {@code (?P<name>...)} are renamed for
 * Java (whose names have no underscores), POSIX classes {@code [[:alpha:]]} become Java's, and
 * what RE2 does not have (backreferences, lookaround) is an error as in Terraform.
 *
 * @param names the name of each capture group in order, null for an unnamed one
 */
record GoRegex(Pattern pattern, List<String> names) {
    private static final Map<String, String> POSIX = Map.ofEntries(Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("digit", "\\p{Digit}"), Map.entry("alnum", "\\p{Alnum}"), Map.entry("space", "\\s"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("xdigit", "\\p{XDigit}"), Map.entry("word", "\\w"), Map.entry("blank", "\\p{Blank}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("ascii", "\\p{ASCII}"));

    /** Compiles the pattern, or a FunctionException for argument {@code arg} that says what is wrong. */
    static GoRegex compile(String re, int arg) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        int i = 0;
        boolean inClass = false;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 >= re.length()) {
                    throw invalid(arg, "trailing backslash at end of expression");
                }
                char n = re.charAt(i + 1);
                if (Character.isDigit(n) && n != '0' && !inClass) {
                    throw invalid(arg, "invalid escape sequence: \\" + n);
                }
                if (n == 'z') {
                    out.append("\\z");
                } else {
                    out.append(c).append(n);
                }
                i += 2;
                continue;
            }
            if (inClass) {
                if (c == '[' && re.startsWith("[:", i)) {
                    int end = re.indexOf(":]", i + 2);
                    String name = end < 0 ? null : re.substring(i + 2, end);
                    boolean negated = name != null && name.startsWith("^");
                    String java = name == null ? null : POSIX.get(negated ? name.substring(1) : name);
                    if (java == null) {
                        throw invalid(arg, "invalid character class range: " + re.substring(i, end < 0 ? re.length() : end + 2));
                    }
                    out.append(negated ? java.replace("\\p", "\\P").replace("\\s", "\\S").replace("\\w", "\\W") : java);
                    i = end + 2;
                    continue;
                }
                if (c == '[') {
                    out.append("\\[");
                    i++;
                    continue;
                }
                if (c == ']') {
                    inClass = false;
                }
                if (c == '&' && re.startsWith("&&", i)) {
                    out.append("&\\&");
                    i += 2;
                    continue;
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                i++;
                if (i < re.length() && re.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                if (i < re.length() && re.charAt(i) == ']') {
                    out.append("\\]"); // a ] first in a class is itself
                    i++;
                }
                continue;
            }
            if (c == '(') {
                if (re.startsWith("(?P<", i) || (re.startsWith("(?<", i) && !re.startsWith("(?<=", i)
                        && !re.startsWith("(?<!", i))) {
                    int start = re.indexOf('<', i) + 1;
                    int end = re.indexOf('>', start);
                    if (end < 0) {
                        throw invalid(arg, "invalid named capture: " + re.substring(i));
                    }
                    String name = re.substring(start, end);
                    if (!name.matches("[A-Za-z0-9_]+")) {
                        throw invalid(arg, "invalid named capture: " + re.substring(i, end + 1));
                    }
                    if (names.contains(name)) {
                        throw invalid(arg, "duplicate capture group name: " + name);
                    }
                    names.add(name);
                    out.append("(?<g").append(names.size()).append('>');
                    i = end + 1;
                    continue;
                }
                if (re.startsWith("(?=", i) || re.startsWith("(?!", i) || re.startsWith("(?<=", i)
                        || re.startsWith("(?<!", i)) {
                    throw invalid(arg, "invalid or unsupported Perl syntax: " + re.substring(i, i + 3));
                }
                if (!re.startsWith("(?", i)) {
                    names.add(null);
                }
            }
            out.append(c);
            i++;
        }
        try {
            return new GoRegex(Pattern.compile(out.toString()), names);
        } catch (PatternSyntaxException e) {
            throw invalid(arg, e.getDescription());
        }
    }

    private static FunctionException invalid(int arg, String what) {
        return new FunctionException(arg, "invalid regular expression: " + what);
    }
}
