package org.invar.terraform.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ResourceRecord;

/**
 * The resource instances of a document by module instance and local address
 * ({@code module.net[0]} + {@code aws_subnet.a} gives {@code aws_subnet.a[0]}, {@code aws_subnet.a[1]}),
 * and the instances of each module call.
 */
public final class InstanceIndex {
    private final Map<String, List<ResourceRecord>> byResource = new HashMap<>();
    private final Map<String, ResourceRecord> byAddress = new HashMap<>();
    private final Map<String, ResourceRecord> byKey = new HashMap<>();
    private final Map<String, List<String>> byCall = new HashMap<>();

    public InstanceIndex(List<ResourceRecord> records, Set<String> moduleInstances) {
        for (ResourceRecord r : records) {
            byResource.computeIfAbsent(r.module() + "|" + r.local(), k -> new ArrayList<>()).add(r);
            byAddress.put(r.address(), r);
            byKey.put(r.module() + "|" + r.local() + "|" + Addresses.key(r.key()), r);
        }
        for (String m : moduleInstances) {
            if (m.isEmpty()) {
                continue;
            }
            List<Addresses.Step> steps = Addresses.steps(m);
            String parent = Addresses.join(steps.subList(0, steps.size() - 1));
            byCall.computeIfAbsent(parent + "|" + steps.get(steps.size() - 1).name(), k -> new ArrayList<>()).add(m);
        }
    }

    /** The instances of a resource in a module instance, in file order (index order). */
    public List<ResourceRecord> instances(String module, String local) {
        return byResource.getOrDefault(module + "|" + local, List.of());
    }

    /** The instance of a resource with this key as written ({@code [0]}, {@code ["a"]}), or null. */
    public ResourceRecord instance(String module, String local, String key) {
        return byKey.get(module + "|" + local + "|" + key);
    }

    /** The instances of the module a module instance calls by this name. */
    public List<String> moduleInstances(String module, String call) {
        return byCall.getOrDefault(module + "|" + call, List.of());
    }

    public ResourceRecord record(String address) {
        return byAddress.get(address);
    }
}
