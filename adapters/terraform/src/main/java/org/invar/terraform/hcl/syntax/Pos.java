package org.invar.terraform.hcl.syntax;

/** Where something is in a {@code .tf} file: 1-based line and column. */
public record Pos(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
