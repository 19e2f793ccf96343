package org.invar.report;

/** An entity named by kind and id. */
public record EntityRef(String kind, String id) {
    @Override
    public String toString() {
        return kind + " " + id;
    }
}
