package org.invar.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The report formats on the class path: text, json, sarif and junit from this module, then any
 * other a jar registers (see {@link ReportFormat}), in class path order. When two formats take
 * the same name, the first found is used.
 */
public final class ReportFormats {
    private static final Map<String, ReportFormat> FORMATS = load();

    private ReportFormats() {
    }

    public static List<ReportFormat> all() {
        return List.copyOf(FORMATS.values());
    }

    public static Optional<ReportFormat> named(String name) {
        return Optional.ofNullable(FORMATS.get(name));
    }

    /** The names, for a message: "text, json, sarif, junit". */
    public static String names() {
        return String.join(", ", FORMATS.keySet());
    }

    private static Map<String, ReportFormat> load() {
        Map<String, ReportFormat> formats = new LinkedHashMap<>();
        for (ReportFormat f : ServiceLoader.load(ReportFormat.class, ReportFormats.class.getClassLoader())) {
            formats.putIfAbsent(f.name(), f);
        }
        return formats;
    }
}
