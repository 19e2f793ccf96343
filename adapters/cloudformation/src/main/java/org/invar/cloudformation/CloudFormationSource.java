package org.invar.cloudformation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;

/**
 * The CloudFormation model source, found by {@link java.util.ServiceLoader}: reads {@code .yml},
 * {@code .yaml}, {@code .json} and {@code .template} files (or standard input) whose content is a
 * template, with their nested stacks. See {@link CloudFormation} for what the load does.
 */
public final class CloudFormationSource implements ModelSource {

    @Override
    public String name() {
        return "cloudformation";
    }

    @Override
    public String description() {
        return "a CloudFormation template (.yml, .yaml, .json, .template)";
    }

    @Override
    public boolean accepts(ModelInput input) throws IOException {
        if (input.scheme().isPresent()) {
            return false;
        }
        if (!input.isStdin()) {
            Path p = input.path().orElse(null);
            if (p == null || !java.nio.file.Files.isRegularFile(p) || !TemplateSniffer.hasTemplateName(p.toString())) {
                return false;
            }
        }
        return TemplateSniffer.looksLikeTemplate(input.head(TemplateSniffer.HEAD));
    }

    @Override
    public void load(ModelInput input, ModelBuilder builder, LoadOptions options) throws IOException {
        Optional<Path> path = input.path();
        // A file is parsed as it is read; standard input has been read already.
        LoadSummary summary = path.isPresent()
                ? CloudFormation.fill(input.displayName(), path.get(), builder, options)
                : CloudFormation.fill(input.displayName(), input.bytes(), path.orElse(Path.of("template")), builder, options);
        notes(input.displayName(), summary).forEach(builder::note);
    }

    /** What a person should know about the load: what was skipped or left unread, and which file stood in for a URL. */
    static java.util.List<String> notes(String name, LoadSummary summary) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (summary.skipped() > 0) {
            notes.add(name + ": " + summary.skipped() + " resource(s) of types invar has no kind for were skipped: "
                    + summary.skippedTypes().entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        summary.nestedStacksNotLoaded().forEach((stack, why) ->
                notes.add(name + ": nested stack " + stack + " was not loaded: " + why + "; what it may create is"
                        + " unknown, one placeholder of each kind, '" + stack + " (nested stack, not read)'"));
        summary.nestedStacksStandIns().forEach((stack, how) ->
                notes.add(name + ": nested stack " + stack + ": " + how));
        if (!summary.notExpanded().isEmpty()) {
            notes.add(name + ": not expanded: " + String.join(", ", summary.notExpanded()));
        }
        return notes;
    }
}
