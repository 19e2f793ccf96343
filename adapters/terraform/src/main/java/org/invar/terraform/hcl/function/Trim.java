package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code trimspace(str)}, {@code chomp(str)}, {@code trim(str, cutset)},
 * {@code trimprefix(str, prefix)} and {@code trimsuffix(str, suffix)}: text removed from the
 * ends of a string, as Go's strings package removes it.
 */
final class Trim extends BaseFunction {
    private enum Kind { SPACE, CHOMP, CUTSET, PREFIX, SUFFIX }

    private final Kind kind;

    private Trim(Kind kind, String name, Param... params) {
        super(name, params);
        this.kind = kind;
    }

    static Trim space() {
        return new Trim(Kind.SPACE, "trimspace", Param.string("str"));
    }

    static Trim chomp() {
        return new Trim(Kind.CHOMP, "chomp", Param.string("str"));
    }

    static Trim cutset() {
        return new Trim(Kind.CUTSET, "trim", Param.string("str"), Param.string("cutset"));
    }

    static Trim prefix() {
        return new Trim(Kind.PREFIX, "trimprefix", Param.string("str"), Param.string("prefix"));
    }

    static Trim suffix() {
        return new Trim(Kind.SUFFIX, "trimsuffix", Param.string("str"), Param.string("suffix"));
    }

    @Override
    public Value apply(List<Value> args) {
        String s = text(args.get(0));
        return str(switch (kind) {
            case SPACE -> strip(s, Trim::goSpace);
            case CHOMP -> s.replaceFirst("(?:\\r\\n?|\\n)+\\z", "");
            case CUTSET -> {
                String cut = text(args.get(1));
                yield strip(s, c -> cut.codePoints().anyMatch(x -> x == c));
            }
            case PREFIX -> s.startsWith(text(args.get(1))) ? s.substring(text(args.get(1)).length()) : s;
            case SUFFIX -> s.endsWith(text(args.get(1))) ? s.substring(0, s.length() - text(args.get(1)).length()) : s;
        });
    }

    private static String strip(String s, java.util.function.IntPredicate cut) {
        int start = 0;
        int end = s.length();
        while (start < end && cut.test(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cut.test(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Go's unicode.IsSpace. */
    static boolean goSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0
                || (c > 0xFF && Character.isSpaceChar(c));
    }
}
