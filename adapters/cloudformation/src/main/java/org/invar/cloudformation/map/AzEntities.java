package org.invar.cloudformation.map;

import java.util.Optional;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * The {@code az} entities: one per distinct AZ name a template uses, real ({@code us-east-1a})
 * or symbolic ({@code az-1}, AZ number 1 of a region not given; see
 * {@link Symbol.SymbolicAz}). The id is the name. With a known region, each real AZ of it is
 * related to a {@code region} entity. An AZ's origin is the resource that first names it, so a
 * finding about the AZ points into the template.
 */
final class AzEntities {
    private final ModelBuilder builder;
    private final Optional<String> region;

    AzEntities(ModelBuilder builder, Optional<String> region) {
        this.builder = builder;
        this.region = region;
    }

    /** The AZ id a value names, or empty with nothing declared. */
    Optional<String> of(Val v) {
        if (!(v instanceof Val.Str s)) {
            return Optional.empty();
        }
        String name = s.literal().orElse(null);
        if (name == null && s.soleSymbol().orElse(null) instanceof Symbol.SymbolicAz az) {
            name = az.name();
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (builder.find("az", name).isEmpty()) {
            // A zone a template names is a stand-in for the real one: templates merged into one
            // model that name az-1 name the same zone.
            EntityBuilder az = builder.entity("az", name).standIn().set("name", name);
            if (region.isPresent() && name.startsWith(region.get()) && name.length() == region.get().length() + 1) {
                builder.entity("region", region.get()).standIn().set("name", region.get());
                az.relate("region", region.get());
            }
        }
        return Optional.of(name);
    }

    /** Relates {@code from.relation} to the AZs a value (one AZ or a list) names; unknown ones are said so. */
    void relate(EntityBuilder from, String relation, Val v) {
        if (Values.absent(v)) {
            return;
        }
        for (Val item : v instanceof Val.ListV l ? l.items() : java.util.List.of(v)) {
            Optional<String> az = of(item);
            if (az.isPresent()) {
                from.relate(relation, az.get());
                // An AZ is no resource of its own: it points where the template first names it.
                builder.find("az", az.get()).filter(a -> a.origin().equals(org.invar.model.Origin.NONE))
                        .ifPresent(a -> a.origin(from.origin()));
            } else if (!Values.absent(item)) {
                String why = Values.unknownReason(item);
                from.unknownRelation(relation, why != null ? why : "not an AZ name");
            }
        }
        if (!(v instanceof Val.ListV) && !(v instanceof Val.Str)) {
            String why = Values.unknownReason(v);
            from.unknownRelation(relation, why != null ? why : "not an AZ name");
        }
    }
}
