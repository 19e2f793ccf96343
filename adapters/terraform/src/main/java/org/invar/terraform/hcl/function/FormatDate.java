package org.invar.terraform.hcl.function;

import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code formatdate(format, time)}: the timestamp in Terraform's date format ({@code YYYY MM DD
 * hh mm ss EEE ZZZZZ ...}, literal text in single quotes).
 */
final class FormatDate extends BaseFunction {
    FormatDate() {
        super("formatdate", Param.string("format"), Param.string("time"));
    }

    @Override
    public Value apply(List<Value> args) {
        String spec = text(args.get(0));
        OffsetDateTime t = Timestamps.parse(text(args.get(1)), 1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c == '\'') {
                if (i + 1 < spec.length() && spec.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                StringBuilder literal = new StringBuilder();
                while (true) {
                    if (j >= spec.length()) {
                        throw new FunctionException(0, "unterminated literal '");
                    }
                    if (spec.charAt(j) == '\'') {
                        if (j + 1 < spec.length() && spec.charAt(j + 1) == '\'') {
                            literal.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(spec.charAt(j++));
                }
                out.append(literal);
                i = j + 1;
                continue;
            }
            if (!Character.isLetter(c) || c > 'z') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < spec.length() && spec.charAt(j) == c) {
                j++;
            }
            out.append(verb(spec.substring(i, j), t));
            i = j;
        }
        return str(out.toString());
    }

    private static String verb(String tok, OffsetDateTime t) {
        int n = tok.length();
        switch (tok.charAt(0)) {
            case 'Y' -> {
                return n == 2 ? two(t.getYear() % 100) : n == 4 ? String.format("%04d", t.getYear())
                        : invalid(tok, "year must either be \"YY\" or \"YYYY\"");
            }
            case 'M' -> {
                return switch (n) {
                    case 1 -> Integer.toString(t.getMonthValue());
                    case 2 -> two(t.getMonthValue());
                    case 3 -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                    case 4 -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    default -> invalid(tok, "month must be \"M\", \"MM\", \"MMM\", or \"MMMM\"");
                };
            }
            case 'D' -> {
                return n == 1 ? Integer.toString(t.getDayOfMonth()) : n == 2 ? two(t.getDayOfMonth())
                        : invalid(tok, "day of month must either be \"D\" or \"DD\"");
            }
            case 'E' -> {
                return n == 3 ? t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        : n == 4 ? t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        : invalid(tok, "day of week must either be \"EEE\" or \"EEEE\"");
            }
            case 'h' -> {
                return n == 1 ? Integer.toString(t.getHour()) : n == 2 ? two(t.getHour())
                        : invalid(tok, "24-hour must either be \"h\" or \"hh\"");
            }
            case 'H' -> {
                int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                return n == 1 ? Integer.toString(h) : n == 2 ? two(h) : invalid(tok, "12-hour must either be \"H\" or \"HH\"");
            }
            case 'A', 'a' -> {
                if (n != 2) {
                    return invalid(tok, "must be \"" + tok.charAt(0) + tok.charAt(0) + "\"");
                }
                String s = t.getHour() < 12 ? "AM" : "PM";
                return tok.charAt(0) == 'A' ? s : s.toLowerCase(Locale.ROOT);
            }
            case 'm' -> {
                return n == 1 ? Integer.toString(t.getMinute()) : n == 2 ? two(t.getMinute())
                        : invalid(tok, "minute must either be \"m\" or \"mm\"");
            }
            case 's' -> {
                return n == 1 ? Integer.toString(t.getSecond()) : n == 2 ? two(t.getSecond())
                        : invalid(tok, "second must either be \"s\" or \"ss\"");
            }
            case 'Z' -> {
                int seconds = t.getOffset().getTotalSeconds();
                String sign = seconds < 0 ? "-" : "+";
                int abs = Math.abs(seconds);
                String hhmm = sign + two(abs / 3600) + two(abs / 60 % 60);
                return switch (n) {
                    case 1 -> seconds == 0 ? "Z" : sign + two(abs / 3600) + ":" + two(abs / 60 % 60);
                    case 3 -> seconds == 0 ? "UTC" : hhmm;
                    case 4 -> hhmm;
                    case 5 -> sign + two(abs / 3600) + ":" + two(abs / 60 % 60);
                    default -> invalid(tok, "timezone must be Z, ZZZZ, or ZZZZZ");
                };
            }
            default -> {
                return invalid(tok, null);
            }
        }
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static String invalid(String tok, String why) {
        throw new FunctionException(0, "invalid date format verb \"" + tok + "\"" + (why == null ? "" : ": " + why));
    }
}
