package org.invar.terraform.hcl.function;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 3339 timestamps as Terraform's time functions read and write them (no fraction of a second written). */
final class Timestamps {
    private static final Pattern RFC3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Timestamps() {
    }

    static OffsetDateTime parse(String text, int arg) {
        Matcher m = RFC3339.matcher(text);
        if (!m.matches()) {
            throw new FunctionException(arg, "not a valid RFC3339 timestamp: \"" + text + "\"; write it as"
                    + " 2006-01-02T15:04:05Z or with an offset, 2006-01-02T15:04:05+01:00");
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String frac = (m.group(7).substring(1) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(frac);
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            return OffsetDateTime.of(local, offset);
        } catch (DateTimeException e) {
            throw new FunctionException(arg, "not a valid RFC3339 timestamp: \"" + text + "\": " + e.getMessage());
        }
    }

    static String format(OffsetDateTime t) {
        return OUT.format(t).replace("+00:00", "Z");
    }
}
