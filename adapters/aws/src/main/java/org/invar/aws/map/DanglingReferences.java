package org.invar.aws.map;

import java.util.ArrayList;
import java.util.List;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import org.invar.schema.RelationDef;

/**
 * Adds every entity a relation names but no listing gave: a subnet when DescribeSubnets was
 * denied, a peer security group of another account, a target group deleted since a service
 * was created. The model needs every named entity; {@link MappingContext#stub} declares it, with
 * every field unknown when its listing failed.
 */
final class DanglingReferences {
    private DanglingReferences() {
    }

    static void resolve(MappingContext ctx, ScanScope fallback) {
        List<EntityBuilder> declared = new ArrayList<>(ctx.model.all());
        for (EntityBuilder e : declared) {
            ScanScope scope = ctx.scopeOf(e).orElse(fallback);
            for (RelationDef r : e.kindDef().relations()) {
                for (String target : List.copyOf(e.related(r.name()))) {
                    if (ctx.model.find(r.target(), target).isEmpty()) {
                        ctx.stub(scope, r.target(), target);
                    }
                }
            }
        }
    }
}
