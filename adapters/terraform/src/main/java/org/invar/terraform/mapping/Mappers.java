package org.invar.terraform.mapping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.invar.terraform.read.RecordFilter;
import org.invar.terraform.read.ResourceRecord;

/**
 * The mappers of one load, by resource type. As a {@link RecordFilter} it tells the reader which
 * resources and attributes to keep. Mappers may hold state for one load, so each load makes its
 * own (the adapter's {@code StandardMappers}).
 */
public final class Mappers implements RecordFilter {
    private final List<ResourceMapper> all;
    private final Map<String, ResourceMapper> managed = new HashMap<>();
    private final Map<String, ResourceMapper> data = new HashMap<>();
    private final Map<ResourceMapper, Set<String>> kept = new HashMap<>();

    public Mappers(List<ResourceMapper> mappers) {
        this.all = List.copyOf(mappers);
        for (ResourceMapper m : all) {
            for (String type : m.types()) {
                managed.put(type, m);
                if (m.readsDataSources()) {
                    data.put(type, m);
                }
            }
            Set<String> attributes = new HashSet<>(m.attributes());
            attributes.add("id");
            attributes.add("arn");
            attributes.addAll(m.lookupKeys());
            if (m.readsDataSources()) {
                attributes.add(ManagedByReference.FILTER);
            }
            kept.put(m, attributes);
        }
    }

    public List<ResourceMapper> all() {
        return all;
    }

    /** The kinds of the entities the mappers make, of whole resources and of their parts. */
    public Set<String> entityKinds() {
        Set<String> kinds = new HashSet<>();
        for (ResourceMapper m : all) {
            if (m.makesEntity()) {
                kinds.add(m.family());
            }
            kinds.addAll(m.partKinds());
        }
        return kinds;
    }

    public ResourceMapper mapper(String type, boolean dataSource) {
        return (dataSource ? data : managed).get(type);
    }

    public ResourceMapper mapper(ResourceRecord r) {
        return mapper(r.type(), r.data());
    }

    /** The family of a resource instance, or null for a type not read. */
    public String family(ResourceRecord r) {
        ResourceMapper m = mapper(r);
        return m == null ? null : m.family();
    }

    @Override
    public boolean keeps(String type, boolean dataSource) {
        return mapper(type, dataSource) != null;
    }

    @Override
    public Predicate<String> attributes(String type, boolean dataSource) {
        ResourceMapper m = mapper(type, dataSource);
        Set<String> names = m == null ? Set.of() : kept.get(m);
        return names::contains;
    }
}
