package org.invar.cloudformation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load did besides filling the model: which files it read, how many resources became
 * entities, which resource types it skipped (types the schema has no kind for, such as
 * {@code AWS::IAM::Role}: skipped, counted, never an error), how many resources were left out
 * because their condition is false, which nested stacks could not be loaded (a remote template
 * URL), which were read from a local file standing in for their URL, and how many outside
 * entities (parameters, imports) were added.
 *
 * <pre>{@code
 * CloudFormation.Loaded loaded = CloudFormation.read(Path.of("stack.yml"), LoadOptions.DEFAULT);
 * loaded.summary().skippedTypes().forEach((type, n) -> System.out.println(n + " x " + type));
 * }</pre>
 */
public record LoadSummary(List<String> files, Map<String, Integer> resourcesByKind, Map<String, Integer> skippedTypes,
                          int notCreated, Map<String, String> nestedStacksNotLoaded, List<String> notExpanded,
                          int externalEntities, Map<String, String> nestedStacksStandIns) {

    public LoadSummary {
        nestedStacksStandIns = Collections.unmodifiableMap(new LinkedHashMap<>(nestedStacksStandIns));
        files = List.copyOf(files);
        resourcesByKind = Collections.unmodifiableMap(new TreeMap<>(resourcesByKind));
        skippedTypes = Collections.unmodifiableMap(new TreeMap<>(skippedTypes));
        nestedStacksNotLoaded = Collections.unmodifiableMap(new LinkedHashMap<>(nestedStacksNotLoaded));
        notExpanded = List.copyOf(notExpanded);
    }

    public LoadSummary(List<String> files, Map<String, Integer> resourcesByKind, Map<String, Integer> skippedTypes,
                       int notCreated, Map<String, String> nestedStacksNotLoaded, List<String> notExpanded,
                       int externalEntities) {
        this(files, resourcesByKind, skippedTypes, notCreated, nestedStacksNotLoaded, notExpanded, externalEntities,
                Map.of());
    }

    /**
     * This summary with the nested stacks read from a local file that stood in for their URL,
     * each with a sentence saying which file and URL.
     */
    public LoadSummary withStandIns(Map<String, String> standIns) {
        return new LoadSummary(files, resourcesByKind, skippedTypes, notCreated, nestedStacksNotLoaded, notExpanded,
                externalEntities, standIns);
    }

    /** How many resources of skipped types there were. */
    public int skipped() {
        return skippedTypes.values().stream().mapToInt(Integer::intValue).sum();
    }
}
