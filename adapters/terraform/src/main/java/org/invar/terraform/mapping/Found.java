package org.invar.terraform.mapping;

import java.util.List;
import org.invar.terraform.read.ResourceRecord;

/**
 * What an attribute that names other resources (ids, ARNs, names) leads to: the resource
 * instances found, by value or by the configuration's references; the values that match no
 * resource of the plan or state (existing infrastructure described elsewhere); and, when the
 * attribute is known only after apply and its references could not be followed all the way, why
 * the set may be incomplete.
 */
public record Found(List<ResourceRecord> records, List<String> unmatched, String unknown) {
    public Found {
        records = List.copyOf(records);
        unmatched = List.copyOf(unmatched);
    }

    public boolean isEmpty() {
        return records.isEmpty() && unmatched.isEmpty();
    }
}
