package org.invar.terraform;

import java.util.List;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Suppression;
import org.invar.terraform.read.TerraformDocument;

/**
 * Puts the suppressions of resource instances on the entities made from them: the entity of the
 * resource and those made from its parts (an inline rule, a route), which carry its address.
 */
final class Suppressions {
    private Suppressions() {
    }

    static void apply(ModelBuilder builder, TerraformDocument document, Map<String, List<Suppression>> byAddress) {
        if (byAddress.isEmpty()) {
            return;
        }
        for (EntityBuilder e : builder.all()) {
            String resource = e.origin().resource();
            List<Suppression> suppressions = resource == null ? null : byAddress.get(resource);
            if (suppressions != null && document.origins().get(resource) != null
                    && document.origins().get(resource).file().equals(e.origin().file())) {
                suppressions.forEach(s -> e.suppress(s.rule(), s.reason()));
            }
        }
    }
}
