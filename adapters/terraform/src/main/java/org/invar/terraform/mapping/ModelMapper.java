package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.invar.model.ModelBuilder;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.read.TerraformDocument;

/**
 * Fills a model builder from a document read: each resource through its type's mapper, in
 * phases (resources that make entities first, then those that read or add to them), then the
 * {@link FinishingMapper}s' last steps, then placeholders for the modules not read
 * ({@link ModulePlaceholders}). What a resource that may not exist adds to other entities is
 * only possible ({@link UncertainEffects}). A mapping that fails on odd input is reported as a
 * {@link ModelLoadException} at the resource, never as another exception.
 */
public final class ModelMapper {
    private ModelMapper() {
    }

    /** Whether the resource may not exist and adds to entities other than its own. */
    private static boolean uncertainEffects(ResourceRecord r, TerraformDocument document, Mappers mappers) {
        return !mappers.mapper(r).makesEntity() && document.gaps().mayNotExist().containsKey(r.address());
    }

    /** Maps every kept resource of the document; returns how many were mapped. */
    public static int map(TerraformDocument document, ModelBuilder builder, Mappers mappers) {
        MappingContext ctx = new MappingContext(builder, document, mappers);
        List<ResourceRecord> records = new ArrayList<>(document.records());
        // What a resource that may not exist adds to other entities is made uncertain by comparing
        // them before and after (UncertainEffects), so those resources come last: every entity the
        // others describe is there to compare.
        records.sort(Comparator.comparing((ResourceRecord r) -> uncertainEffects(r, document, mappers))
                .thenComparingInt(r -> mappers.mapper(r).phase()));
        int mapped = 0;
        for (ResourceRecord r : records) {
            ResourceMapper m = mappers.mapper(r);
            if (ctx.isAlias(r)) {
                continue;
            }
            try {
                Resource resource = new Resource(r);
                if (uncertainEffects(r, document, mappers)) {
                    UncertainEffects effects = UncertainEffects.before(builder);
                    m.map(resource, ctx);
                    effects.after(r.address(), ctx.mayNotExist(resource));
                } else {
                    m.map(resource, ctx);
                }
            } catch (ModelLoadException e) {
                throw e;
            } catch (RuntimeException e) {
                throw ModelLoadException.at(document.file(), r.line(), r.column(), "cannot map " + r.address()
                        + ": " + e.getMessage());
            }
            mapped++;
        }
        for (ResourceMapper m : mappers.all()) {
            if (m instanceof FinishingMapper f) {
                f.finish(ctx);
            }
        }
        ModulePlaceholders.declare(builder, document.gaps().unreadModules(), mappers);
        return mapped;
    }
}
