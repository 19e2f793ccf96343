package org.invar.terraform;

import java.util.Map;
import java.util.TreeMap;
import org.invar.terraform.read.TerraformFormat;

/**
 * What a load read: the kind of input, the Terraform version that wrote it, how many resource
 * instances were mapped, and the resource types the schema has no kind for, skipped, with how
 * many instances each ({@code aws_iam_role: 12}).
 */
public record LoadSummary(TerraformFormat format, String terraformVersion, int mapped, Map<String, Integer> skipped) {
    public LoadSummary {
        skipped = Map.copyOf(skipped);
    }

    /** Skipped types in name order, for messages. */
    public Map<String, Integer> skippedSorted() {
        return new TreeMap<>(skipped);
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
