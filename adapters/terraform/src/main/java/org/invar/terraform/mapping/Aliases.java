package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ResourceRecord;

/**
 * Data sources that describe what another resource of the document describes already (the
 * same VPC read by {@code data.aws_vpc.default} in five modules): each is an alias of the first,
 * a managed resource preferred, then the one in the outermost module, so that one VPC is one
 * entity, named by the first's address. A data source whose arguments name one managed resource
 * by reference is an alias of it too ({@link #alias}).
 */
final class Aliases {
    private final Map<String, String> canonical = new HashMap<>();

    Aliases(List<ResourceRecord> records, Mappers mappers) {
        Map<String, String> first = new HashMap<>();
        List<ResourceRecord> outermostFirst = new ArrayList<>(records);
        outermostFirst.sort(Comparator.comparingInt(r -> Addresses.steps(r.module()).size()));
        for (boolean data : new boolean[] {false, true}) {
            for (ResourceRecord r : outermostFirst) {
                String family = mappers.family(r);
                String id = r.values().get("id").string().filter(v -> !v.isEmpty()).orElse(null);
                if (r.data() != data || family == null || id == null) {
                    continue;
                }
                String seen = first.putIfAbsent(family + "\u0000" + id, r.address());
                if (seen != null && data) {
                    canonical.put(r.address(), seen);
                }
            }
        }
    }

    /** Makes a data source an alias of the managed resource it reads ({@link ManagedByReference}). */
    void alias(String data, String managed) {
        canonical.put(data, canonical(managed));
    }

    boolean isAlias(ResourceRecord r) {
        return canonical.containsKey(r.address());
    }

    /** The address of the entity a resource maps to: its own, or the one it is an alias of. */
    String canonical(String address) {
        return canonical.getOrDefault(address, address);
    }
}
