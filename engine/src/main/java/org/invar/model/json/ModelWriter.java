package org.invar.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.invar.model.Relation;
import org.invar.model.Symbolic;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;

/**
 * Writes a model as a model file: every entity, derived ones included, kinds in schema order,
 * entities in model order, attributes and relations in schema order, relation targets in the order
 * the model holds them; absent attributes and empty relations left out.
 */
final class ModelWriter {
    private final Model model;
    private final JsonGenerator g;
    private final ModelPrettyPrinter printer = new ModelPrettyPrinter();

    private ModelWriter(Model model, JsonGenerator g) {
        this.model = model;
        this.g = g;
        g.setPrettyPrinter(printer);
    }

    static void write(JsonFactory factory, Model model, Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            new ModelWriter(model, g).model();
            g.writeRaw('\n');
        }
    }

    private void model() throws IOException {
        g.writeStartObject();
        g.writeNumberField("invar_model", 1);
        g.writeArrayFieldStart("entities");
        for (EntityTable table : model.tables()) {
            for (int i = 0; i < table.size(); i++) {
                entity(table, i);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void entity(EntityTable table, int i) throws IOException {
        KindDef kind = table.kind();
        g.writeStartObject();
        g.writeStringField("kind", kind.name());
        g.writeStringField("id", table.id(i));
        Symbolic symbolic = table.symbolic(i);
        if (symbolic != null) {
            g.writeStringField("symbolic", symbolic.meaning());
        }
        String exists = table.existenceUnknown(i);
        if (exists != null) {
            g.writeFieldName("exists");
            unknown(exists);
        }
        List<org.invar.model.Suppression> suppressions = table.suppressions(i);
        if (!suppressions.isEmpty()) {
            g.writeArrayFieldStart("suppress");
            for (org.invar.model.Suppression sup : suppressions) {
                g.writeStartObject();
                g.writeStringField("rule", sup.rule());
                g.writeStringField("reason", sup.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        List<AttributeDef> attributes = kind.attributes();
        boolean open = false;
        for (int a = 0; a < attributes.size(); a++) {
            Column column = table.column(a);
            if (column.state(i) == Column.ABSENT) {
                continue;
            }
            if (!open) {
                g.writeObjectFieldStart("attributes");
                open = true;
            }
            g.writeFieldName(attributes.get(a).name());
            value(column.value(i));
        }
        if (open) {
            g.writeEndObject();
        }
        List<RelationDef> relations = kind.relations();
        open = false;
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = table.relation(r);
            String reason = relation.inputUnknownReason(i);
            if (!relations.get(r).derived() && symbolicTargets(relation, i) > 0) {
                // An edge to a symbolic entity (a subnet's symbolic zone) is the engine's: the
                // file says what the input said, that the zone is unknown (or nothing), and
                // reading it back derives the same symbolic zone again.
                String cause = symbolicCause(table, relation, i);
                reason = reason != null ? reason : cause;
                if (relation.count(i) == symbolicTargets(relation, i) && reason == null) {
                    continue;
                }
            }
            if (relation.count(i) == 0 && reason == null) {
                continue;
            }
            if (!open) {
                g.writeObjectFieldStart("relations");
                open = true;
            }
            g.writeFieldName(relations.get(r).name());
            if (reason != null) {
                printer.inline();
                g.writeStartObject();
                g.writeStringField("unknown", reason);
                if (relation.count(i) > symbolicTargets(relation, i)) {
                    g.writeFieldName("known");
                    targets(relation, i);
                }
                g.writeEndObject();
            } else {
                targets(relation, i);
            }
        }
        if (open) {
            g.writeEndObject();
        }
        Origin origin = table.origin(i);
        if (!origin.equals(Origin.NONE)) {
            g.writeFieldName("origin");
            printer.inline();
            g.writeStartObject();
            if (origin.file() != null) {
                g.writeStringField("file", origin.file());
            }
            if (origin.line() > 0) {
                g.writeNumberField("line", origin.line());
            }
            if (origin.column() > 0) {
                g.writeNumberField("column", origin.column());
            }
            if (origin.resource() != null) {
                g.writeStringField("resource", origin.resource());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void targets(Relation relation, int i) throws IOException {
        EntityTable target = model.table(relation.targetKind());
        printer.inline();
        g.writeStartArray();
        for (int slot = relation.start(i); slot < relation.end(i); slot++) {
            if (target.symbolic(relation.target(slot)) == null) {
                g.writeString(target.id(relation.target(slot)));
            }
        }
        g.writeEndArray();
    }

    private int symbolicTargets(Relation relation, int i) {
        EntityTable target = model.table(relation.targetKind());
        if (!target.hasSymbolic()) {
            return 0;
        }
        int n = 0;
        for (int slot = relation.start(i); slot < relation.end(i); slot++) {
            n += target.symbolic(relation.target(slot)) != null ? 1 : 0;
        }
        return n;
    }

    /** Why the relation was unknown before a symbolic entity stood in for its target, or null. */
    private String symbolicCause(EntityTable table, Relation relation, int i) {
        EntityTable target = model.table(relation.targetKind());
        for (int slot = relation.start(i); slot < relation.end(i); slot++) {
            Symbolic s = target.symbolic(relation.target(slot));
            if (s != null && table.kind().name().equals(s.ownerKind()) && table.id(i).equals(s.ownerId())) {
                return s.cause();
            }
        }
        return null;
    }

    private void value(Value v) throws IOException {
        if (v instanceof Value.Int x) {
            g.writeNumber(x.value());
        } else if (v instanceof Value.Decimal x) {
            // Always with a fraction or an exponent (2.0, 1.0E21), so a decimal in a list reads back as one.
            g.writeNumber(x.value());
        } else if (v instanceof Value.Str x) {
            g.writeString(x.value());
        } else if (v instanceof Value.Bool x) {
            g.writeBoolean(x.value());
        } else if (v instanceof Value.ListValue x) {
            printer.inline();
            g.writeStartArray();
            for (Value element : x.elements()) {
                value(element);
            }
            g.writeEndArray();
        } else if (v instanceof Value.Unknown x) {
            unknown(x.reason());
        }
    }

    private void unknown(String reason) throws IOException {
        printer.inline();
        g.writeStartObject();
        g.writeStringField("unknown", reason);
        g.writeEndObject();
    }
}
