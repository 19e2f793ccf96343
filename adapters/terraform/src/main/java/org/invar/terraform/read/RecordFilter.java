package org.invar.terraform.read;

import java.util.function.Predicate;

/**
 * What the reader keeps of the resources it streams through: the types the mapping reads, and
 * of each only the attributes it reads. Everything else is skipped as it streams past, so memory
 * follows the model, not the file.
 */
public interface RecordFilter {
    /** Whether resources of this type (managed or data source) are kept. */
    boolean keeps(String type, boolean data);

    /** The top-level attributes kept of a kept type. */
    Predicate<String> attributes(String type, boolean data);
}
