package org.invar.terraform.hcl.document;

import java.util.Comparator;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.ResourceRecord;

/**
 * The order a plan lists resource instances in: by module instance, then address, then key
 * (count indexes as numbers), so a model of a configuration lists entities as one of its plan.
 */
final class InstanceOrder {
    static final Comparator<ResourceRecord> RECORDS = Comparator.comparing(ResourceRecord::module)
            .thenComparing(ResourceRecord::local)
            .thenComparing(ResourceRecord::key, InstanceOrder::keys);

    private InstanceOrder() {
    }

    private static int keys(Json a, Json b) {
        if (a instanceof Json.Num x && b instanceof Json.Num y) {
            return Long.compare(x.integer().orElse(0L), y.integer().orElse(0L));
        }
        return a.show().compareTo(b.show());
    }
}
