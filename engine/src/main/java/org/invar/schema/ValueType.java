package org.invar.schema;

/** The type of an attribute's values. */
public enum ValueType {
    INT("int"), DECIMAL("decimal"), STRING("string"), BOOL("bool"), LIST("list");

    private final String word;

    ValueType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public boolean numeric() {
        return this == INT || this == DECIMAL;
    }
}
