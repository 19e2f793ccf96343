package org.invar.cloudformation.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.invar.cloudformation.LoadSummary;
import org.invar.cloudformation.map.ModelFiller;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.read.TemplateReader;
import org.invar.cloudformation.resolve.CycleGuard;
import org.invar.cloudformation.resolve.Region;
import org.invar.cloudformation.resolve.StackScope;
import org.invar.cloudformation.resolve.Val;
import org.invar.cloudformation.template.Template;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;

/**
 * Loads one top-level template, and the nested stacks it names, into a model builder.
 *
 * <pre>{@code
 * StackLoader loader = new StackLoader(ReadLimits.DEFAULT);
 * LoadSummary s = loader.load(loader.parse("stack.yml", bytes), Path.of("stack.yml"), options, builder);
 * }</pre>
 */
public final class StackLoader {
    private final ReadLimits limits;

    public StackLoader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Parses a top-level template; {@code file} names it in messages and origins. */
    public Template parse(String file, byte[] content) {
        return Template.of(file, new TemplateReader(limits).read(file, content));
    }

    /** Parses a top-level template file as it reads it; an unreadable file throws UncheckedIOException. */
    public Template parse(String file, Path path) {
        return Template.of(file, new TemplateReader(limits).read(file, path));
    }

    /**
     * @param location where the template is, so nested stacks are found relative to it
     */
    public LoadSummary load(Template template, Path location, LoadOptions options, ModelBuilder builder) {
        TemplateFiles files = new TemplateFiles(limits);
        NestedStacks nested = new NestedStacks(files, limits);
        Map<String, Val> given = new LinkedHashMap<>();
        options.params().forEach((name, value) -> given.put(name, Val.text(value)));
        StackScope top = new StackScope(template, given, new Region(options.region()), "", new CycleGuard(), nested,
                null, 0, StackNames.given(template.file(), options));
        nested.top(top, location);
        return new ModelFiller(builder).fill(top, nested.notLoaded(), nested.whyNotRead())
                .withStandIns(nested.standIns());
    }
}
