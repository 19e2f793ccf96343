package org.invar.terraform.mapping;

import java.util.List;
import java.util.Map;
import org.invar.terraform.read.ResourceRecord;

/**
 * The managed resource a data source reads, when its arguments name exactly one: {@code
 * data.aws_subnet.this} with {@code id = aws_subnet.private[0].id}, or with a {@code filter}
 * on the id ({@code subnet-id}, {@code vpc-id}, {@code group-id}, {@code instance-id}) whose values
 * are such a reference. A plan knows that id only after apply, so the link comes from the
 * references; once the resource exists, the data source reads that very resource. Made an alias
 * of it ({@link Aliases}), the data source adds no second entity whose zone, VPC or routes are
 * unknown for a resource the document describes. When the arguments may name something else
 * (a reference that cannot be followed, several candidates, a constant beside the reference), it
 * stays an entity of its own.
 */
public final class ManagedByReference {
    /** Per family, the filter names that select by the resource's id. */
    private static final Map<String, String> ID_FILTERS = Map.of("subnet", "subnet-id", "vpc", "vpc-id",
            "security_group", "group-id", "instance", "instance-id");

    /** The nested blocks a data source selects by, kept beside {@code id} and {@code arn}. */
    public static final String FILTER = "filter";

    private ManagedByReference() {
    }

    /** The address of the managed resource the data source reads, or null when that is not certain. */
    static String of(ResourceRecord data, String family, MappingContext ctx) {
        Resource r = new Resource(data);
        for (String attribute : List.of("id", "arn")) {
            if (r.unknown(attribute)) {
                String found = single(ctx.find(r, family, attribute));
                if (found != null) {
                    return found;
                }
            }
        }
        String filter = ID_FILTERS.get(family);
        for (int i = 0; filter != null && i < r.count(FILTER); i++) {
            if (filter.equals(r.value(FILTER, i, "name").string().orElse(null)) && r.unknown(FILTER, i, "values")) {
                String found = single(ctx.find(r, family, FILTER, i, "values"));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String single(Found found) {
        if (found.unknown() != null || !found.unmatched().isEmpty() || found.records().size() != 1) {
            return null;
        }
        ResourceRecord only = found.records().get(0);
        return only.data() ? null : only.address();
    }
}
