package org.invar.terraform.hcl.function;

import java.util.regex.Pattern;

/**
 * A file glob as Terraform's {@code fileset} reads it (doublestar): {@code *} and {@code ?}
 * within one path component, {@code **} as a whole component for any number of directories,
 * {@code [abc]}, {@code [a-z]} and {@code [^a]} classes, {@code {a,b}}
 * alternatives and {@code \} escapes. Matched against paths with {@code /} separators.
 */
final class Glob {
    private Glob() {
    }

    /** The regular expression of a pattern; a pattern with an open class or alternative is an IllegalArgumentException. */
    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubled = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    boolean componentStart = i == 0 || glob.charAt(i - 1) == '/';
                    int after = i + 2;
                    boolean componentEnd = after >= glob.length() || glob.charAt(after) == '/';
                    if (doubled && componentStart && componentEnd) {
                        if (after < glob.length()) {
                            re.append("(?:[^/]*/)*"); // "**/": zero or more directories
                            i = after;
                        } else {
                            re.append(".*");
                            i = after - 1;
                        }
                    } else {
                        re.append("[^/]*");
                        if (doubled) {
                            i++;
                        }
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = classEnd(glob, i);
                    String body = glob.substring(i + 1, end);
                    boolean negated = body.startsWith("^"); // [!a] is a class of ! and a, as in Terraform
                    if (negated) {
                        body = body.substring(1);
                    }
                    if (body.isEmpty()) {
                        throw new IllegalArgumentException("an empty character class");
                    }
                    re.append(negated ? "[^/" : "[").append(body.replace("\\", "\\\\").replace("[", "\\[")
                            .replace("&&", "\\&\\&")).append(']');
                    i = end;
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        re.append("\\}");
                    } else {
                        braces--;
                        re.append(')');
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 >= glob.length()) {
                        throw new IllegalArgumentException("a pattern that ends in \\");
                    }
                    re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("an unclosed {");
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /** Whether a part of a pattern has none of the characters that make it a pattern. */
    static boolean literal(String part) {
        return part.chars().noneMatch(c -> "*?[{\\".indexOf(c) >= 0);
    }

    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && glob.charAt(i) == '^') {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        for (; i < glob.length(); i++) {
            if (glob.charAt(i) == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("an unclosed [");
    }
}
