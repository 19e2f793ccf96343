package org.invar.format;

/** ANSI colours for text meant for a terminal, or none at all. */
public final class Style {
    public static final Style PLAIN = new Style(false);
    public static final Style ANSI = new Style(true);

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    public static Style of(boolean colour) {
        return colour ? ANSI : PLAIN;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
