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
 * {@link FinishingMapper}s' last steps. A mapping that fails on odd input is reported as a
 * {@link ModelLoadException} at the resource, never as another exception.
 */
public final class ModelMapper {
    private ModelMapper() {
    }

    /** Maps every kept resource of the document; returns how many were mapped. */
    public static int map(TerraformDocument document, ModelBuilder builder, Mappers mappers) {
        MappingContext ctx = new MappingContext(builder, document, mappers);
        List<ResourceRecord> records = new ArrayList<>(document.records());
        records.sort(Comparator.comparingInt(r -> mappers.mapper(r).phase()));
        int mapped = 0;
        for (ResourceRecord r : records) {
            ResourceMapper m = mappers.mapper(r);
            if (ctx.isAlias(r)) {
                continue;
            }
            try {
                m.map(new Resource(r), ctx);
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
        return mapped;
    }
}
