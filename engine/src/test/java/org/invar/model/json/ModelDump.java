package org.invar.model.json;

import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;
import org.invar.schema.KindDef;

/**
 * A model's contents as plain text, one line per entity and field, read through the model's own
 * accessors and not through {@link ModelJson}, so comparing two dumps checks a round trip without
 * trusting the code under test. Values print as their records do (a decimal stays a decimal).
 */
final class ModelDump {
    private ModelDump() {
    }

    static String of(Model model) {
        StringBuilder out = new StringBuilder();
        for (EntityTable table : model.tables()) {
            KindDef kind = table.kind();
            for (int i = 0; i < table.size(); i++) {
                out.append(kind.name()).append(' ').append(table.id(i)).append('\n');
                out.append("  origin ").append(table.origin(i)).append('\n');
                if (table.existenceUnknown(i) != null) {
                    out.append("  exists unknown ").append(table.existenceUnknown(i)).append('\n');
                }
                for (int a = 0; a < kind.attributes().size(); a++) {
                    Column column = table.column(a);
                    if (column.state(i) != Column.ABSENT) {
                        out.append("  ").append(kind.attributes().get(a).name()).append(" = ")
                                .append(column.value(i)).append('\n');
                    }
                }
                for (int r = 0; r < kind.relations().size(); r++) {
                    Relation relation = table.relation(r);
                    if (relation.count(i) == 0 && relation.unknownReason(i) == null) {
                        continue;
                    }
                    out.append("  ").append(kind.relations().get(r).name()).append(" ->");
                    EntityTable target = model.table(relation.targetKind());
                    for (int slot = relation.start(i); slot < relation.end(i); slot++) {
                        out.append(' ').append(target.id(relation.target(slot)));
                    }
                    if (relation.unknownReason(i) != null) {
                        out.append(" (unknown: ").append(relation.unknownReason(i)).append(')');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
