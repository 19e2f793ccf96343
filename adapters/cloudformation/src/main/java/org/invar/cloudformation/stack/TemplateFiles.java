package org.invar.cloudformation.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.read.TemplateReader;
import org.invar.cloudformation.template.Template;

/**
 * Reads and parses template files once each: a child template used by three nested stacks
 * (one per AZ) is parsed once and resolved three times with different parameters.
 */
final class TemplateFiles {
    private final TemplateReader reader;
    private final Map<Path, Template> parsed = new HashMap<>();

    TemplateFiles(ReadLimits limits) {
        this.reader = new TemplateReader(limits);
    }

    Template parse(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Template t = parsed.get(key);
        if (t == null) {
            t = Template.of(file.toString(), reader.read(file.toString(), file));
            parsed.put(key, t);
        }
        return t;
    }
}
