package org.invar.model;

import java.util.List;
import org.invar.schema.Schema;

/**
 * A normalized model of infrastructure: entities of the schema's kinds, stored densely, with the
 * derived facts (load balancer nodes, default routes, predicted targets...) already computed.
 * Immutable and safe to share between threads. Build one with {@link #builder()}, an adapter, or
 * {@link org.invar.model.json.ModelJson}.
 *
 * <pre>{@code
 * Model model = Model.builder()
 *         .entity("az", "us-east-1a").set("name", "us-east-1a").end()
 *         .entity("subnet", "subnet-a").relate("az", "us-east-1a").end()
 *         .build();
 * }</pre>
 */
public final class Model {
    private final Schema schema;
    private final EntityTable[] tables;
    private final StringPool strings;
    private final List<String> notes;

    Model(Schema schema, EntityTable[] tables, StringPool strings, List<String> notes) {
        this.schema = schema;
        this.tables = tables;
        this.strings = strings;
        this.notes = List.copyOf(notes);
    }

    /** What the adapters noted while loading: skipped resource types, inputs left unread. */
    public List<String> notes() {
        return notes;
    }

    public static ModelBuilder builder() {
        return new ModelBuilder(Schema.v1());
    }

    public static ModelBuilder builder(Schema schema) {
        return new ModelBuilder(schema);
    }

    public Schema schema() {
        return schema;
    }

    public StringPool strings() {
        return strings;
    }

    public EntityTable table(int kindIndex) {
        return tables[kindIndex];
    }

    public EntityTable table(String kind) {
        int k = schema.kindIndex(kind);
        if (k < 0) {
            throw new IllegalArgumentException("no kind " + kind + " in the schema");
        }
        return tables[k];
    }

    public List<EntityTable> tables() {
        return List.of(tables);
    }

    /** How many entities the model holds, of all kinds. */
    public int size() {
        int n = 0;
        for (EntityTable t : tables) {
            n += t.size();
        }
        return n;
    }
}
