package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.invar.model.ModelBuilder;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.read.TerraformDocument;
import org.invar.terraform.read.TerraformFormat;
import org.invar.terraform.json.Json;

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

    /**
     * A plan's managed resources it creates with the provider's defaults ({@link ProviderDefaults})
     * for what they leave null; an evaluated configuration has them already, and a state's values
     * are facts.
     */
    private static TerraformDocument withProviderDefaults(TerraformDocument document) {
        if (document.format() != TerraformFormat.PLAN) {
            return document;
        }
        List<ResourceRecord> records = new ArrayList<>(document.records().size());
        for (ResourceRecord r : document.records()) {
            Map<String, Json> masks = r.unknown() instanceof Json.Obj o ? o.members() : Map.of();
            // Only what the plan creates: an existing resource's null may be a setting an older
            // provider did not read, not the default.
            boolean created = r.created();
            Map<String, Json> values = r.data() || !created ? null : ProviderDefaults.apply(r.type(), r.values().members(), masks);
            records.add(values == null || values.equals(r.values().members()) ? r : new ResourceRecord(r.address(),
                    r.module(), r.data(), r.type(), r.name(), r.key(), new Json.Obj(values), r.unknown(), r.action(),
                    r.line(), r.column()));
        }
        return new TerraformDocument(document.file(), document.format(), document.terraformVersion(), records,
                document.moduleInstances(), document.skipped(), document.configuration(), document.variables(),
                document.origins(), document.exactReferences(), document.gaps());
    }

    /** Whether the resource may not exist and adds to entities other than its own. */
    private static boolean uncertainEffects(ResourceRecord r, TerraformDocument document, Mappers mappers) {
        return !mappers.mapper(r).makesEntity() && document.gaps().mayNotExist().containsKey(r.address());
    }

    /** Maps every kept resource of the document; returns how many were mapped. */
    public static int map(TerraformDocument read, ModelBuilder builder, Mappers mappers) {
        TerraformDocument document = withProviderDefaults(read);
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
