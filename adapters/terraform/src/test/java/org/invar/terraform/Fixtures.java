package org.invar.terraform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Value;

/** Test fixtures under {@code src/test/resources/fixtures}, and reading entities back from a model. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Model plan(String relative) {
        try {
            return Terraform.loadPlan(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model state(String relative) {
        try {
            return Terraform.loadState(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of an attribute, or empty when absent (or the entity is missing). */
    static Optional<Value> attribute(Model model, String kind, String id, String attribute) {
        EntityTable table = model.table(kind);
        Optional<Integer> e = table.find(id);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Value v = table.column(attribute).value(e.get());
        return Optional.ofNullable(v);
    }

    /** The ids an entity's relation points to. */
    static java.util.List<String> related(Model model, String kind, String id, String relation) {
        EntityTable table = model.table(kind);
        int e = table.find(id).orElseThrow(() -> new AssertionError("no " + kind + " " + id + " in " + table.ids()));
        var rel = table.relation(relation);
        EntityTable target = model.table(rel.targetKind());
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int s = rel.start(e); s < rel.end(e); s++) {
            out.add(target.id(rel.target(s)));
        }
        return out;
    }

    /**
     * Why a subnet's zone is not known: the engine gives such a subnet a symbolic zone of its
     * own, which keeps the reason the input gave.
     */
    static String zoneCause(Model model, String subnet) {
        EntityTable subnets = model.table("subnet");
        org.invar.model.Relation az = subnets.relation("az");
        int e = subnets.find(subnet).orElseThrow();
        org.invar.model.Symbolic zone = model.table("az").symbolic(az.target(az.start(e)));
        return zone == null ? null : zone.cause();
    }

    static String unknownRelation(Model model, String kind, String id, String relation) {
        EntityTable table = model.table(kind);
        int e = table.find(id).orElseThrow();
        return table.relation(relation).unknownReason(e);
    }
}
