package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.terraform.hcl.value.Value;

/** {@code timeadd(timestamp, duration)}: the timestamp moved by a Go duration ({@code "1h30m"}, {@code "-10s"}). */
final class TimeAdd extends BaseFunction {
    private static final Pattern PART = Pattern.compile("([0-9]*\\.?[0-9]*)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    TimeAdd() {
        super("timeadd", Param.string("timestamp"), Param.string("duration"));
    }

    @Override
    public Value apply(List<Value> args) {
        OffsetDateTime t = Timestamps.parse(text(args.get(0)), 0);
        return str(Timestamps.format(t.plusNanos(duration(text(args.get(1))))));
    }

    /** Go's time.ParseDuration, in nanoseconds. */
    static long duration(String text) {
        String s = text;
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw new FunctionException(1, "time: invalid duration \"" + text + "\"");
        }
        Matcher m = PART.matcher(s);
        BigDecimal total = BigDecimal.ZERO;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at || m.group(1).isEmpty() || m.group(1).equals(".")) {
                throw new FunctionException(1, "time: " + (at < s.length() && !Character.isDigit(s.charAt(at))
                        && s.charAt(at) != '.' ? "invalid duration" : "missing unit in duration") + " \"" + text + "\"");
            }
            total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
            at = m.end();
        }
        try {
            long n = total.longValue();
            if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw new ArithmeticException();
            }
            return negative ? -n : n;
        } catch (ArithmeticException e) {
            throw new FunctionException(1, "time: invalid duration \"" + text + "\"");
        }
    }
}
