package org.invar.cloudformation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.invar.model.Relation;
import org.invar.model.Value;
import org.invar.spi.LoadOptions;

/** Loading test templates and reading the built model back, for assertions. */
final class Models {
    private Models() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Models.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    static Model load(String resource) {
        return CloudFormation.load(resource(resource));
    }

    static Model load(String resource, Map<String, String> params) {
        return CloudFormation.load(resource(resource), options(params, null));
    }

    static LoadOptions options(Map<String, String> params, String region) {
        return new LoadOptions(params, Optional.ofNullable(region), Optional.empty());
    }

    /** Loads a template written in the test, from a temporary file named {@code name}. */
    static Model inline(Path dir, String name, String text, Map<String, String> params, String region) {
        return CloudFormation.load(write(dir, name, text), options(params, region));
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean has(Model m, String kind, String id) {
        return m.table(kind).find(id).isPresent();
    }

    private static int index(Model m, String kind, String id) {
        EntityTable t = m.table(kind);
        return t.find(id).orElseThrow(() -> new AssertionError("no " + kind + " " + id + " in " + t.ids()));
    }

    /** The attribute's value; null when absent. */
    static Value attr(Model m, String kind, String id, String attribute) {
        return m.table(kind).column(attribute).value(index(m, kind, id));
    }

    /** The attribute as plain Java: Long, Boolean, String, "unknown: reason", or null. */
    static Object plain(Model m, String kind, String id, String attribute) {
        Value v = attr(m, kind, id, attribute);
        if (v == null) {
            return null;
        }
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Unknown u) {
            return "unknown: " + u.reason();
        }
        return v.display();
    }

    static List<String> related(Model m, String kind, String id, String relation) {
        EntityTable t = m.table(kind);
        int i = index(m, kind, id);
        Relation r = t.relation(relation);
        EntityTable target = m.table(r.targetKind());
        List<String> ids = new ArrayList<>();
        for (int s = r.start(i); s < r.end(i); s++) {
            ids.add(target.id(r.target(s)));
        }
        return ids;
    }

    /** Why a relation's targets are not known, or null. */
    static String unknownRelation(Model m, String kind, String id, String relation) {
        return m.table(kind).relation(relation).unknownReason(index(m, kind, id));
    }

    /**
     * Why a subnet's zone is not known: the engine gives such a subnet a symbolic zone of its own
     * ({@code zone of <subnet>}), which keeps the reason the template gave; null when its zone is known.
     */
    static String zoneCause(Model m, String subnet) {
        EntityTable subnets = m.table("subnet");
        Relation az = subnets.relation("az");
        int i = index(m, "subnet", subnet);
        org.invar.model.Symbolic zone = m.table("az").symbolic(az.target(az.start(i)));
        return zone == null ? null : zone.cause();
    }

    static String existenceUnknown(Model m, String kind, String id) {
        return m.table(kind).existenceUnknown(index(m, kind, id));
    }

    static Origin origin(Model m, String kind, String id) {
        return m.table(kind).origin(index(m, kind, id));
    }

    static List<String> ids(Model m, String kind) {
        return m.table(kind).ids();
    }
}
