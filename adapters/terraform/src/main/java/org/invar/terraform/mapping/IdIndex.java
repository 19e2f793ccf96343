package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.read.ResourceRecord;

/**
 * The resources of a document by the values other resources name them with: their {@code id},
 * their {@code arn}, and per family a name ({@code name} of a cluster, {@code bucket} of a
 * bucket). Keyed by family, so a subnet id never finds a route table.
 */
final class IdIndex {
    private final Map<String, List<ResourceRecord>> byValue = new HashMap<>();

    IdIndex(List<ResourceRecord> records, Mappers mappers) {
        for (ResourceRecord r : records) {
            ResourceMapper m = mappers.mapper(r);
            if (m == null) {
                continue;
            }
            add(m.family(), r, "id");
            add(m.family(), r, "arn");
            for (String key : m.lookupKeys()) {
                add(m.family(), r, key);
            }
        }
    }

    private void add(String family, ResourceRecord r, String attribute) {
        r.values().get(attribute).string().filter(s -> !s.isEmpty()).ifPresent(v -> {
            List<ResourceRecord> list = byValue.computeIfAbsent(family + "\u0000" + v, k -> new ArrayList<>(1));
            if (!list.contains(r)) {
                list.add(r);
            }
        });
    }

    /** The resources of the family named by the value; several only when the document has true duplicates. */
    List<ResourceRecord> find(String family, String value) {
        return byValue.getOrDefault(family + "\u0000" + value, List.of());
    }
}
