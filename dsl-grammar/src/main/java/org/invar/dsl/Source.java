package org.invar.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;

/** Rule text and the name it is reported under (a file path, or a label such as {@code <inline>}). */
public record Source(String name, String text) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static Source of(java.nio.file.Path file) throws IOException {
        return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The text of 1-based line {@code n} without its line break, or "" past the end. */
    public String line(int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return "";
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The file name without directories and without the {@code .invar} ending. */
    public String stem() {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.endsWith(".invar") ? base.substring(0, base.length() - ".invar".length()) : base;
    }
}
