package org.invar.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/** The identity facts the canonical form follows: who a symbolic zone stands in for, and which zones may be one. */
class IdentityEdgesTest {
    private static List<String> targets(Model model, String kind, String id, String edges) {
        EntityTable t = model.table(kind);
        IdentityEdges.Edges found = IdentityEdges.of(model, t, t.find(id).orElseThrow()).stream()
                .filter(e -> e.name().equals(edges)).findFirst().orElseThrow();
        EntityTable target = model.table(found.targetKind());
        return found.targets().stream().map(target::id).sorted().toList();
    }

    @Test
    void theZonesOfOneLoadBalancerDifferAndEitherMayBeANamedZone() {
        Model m = CanonicalFormTest.albOnSubnetsWithoutZones("s1", "s2");
        assertEquals(List.of("us-east-1a"), targets(m, "az", "zone of s1", IdentityEdges.MAY_BE));
        assertEquals(List.of("zone of s1", "zone of s2"), targets(m, "az", "us-east-1a", IdentityEdges.MAY_BE));
        assertEquals(List.of("s1"), targets(m, "az", "zone of s1", IdentityEdges.STANDS_IN_FOR));
    }

    @Test
    void zonesOfSubnetsOfNoCommonLoadBalancerMayBeOne() {
        Model m = Model.builder()
                .entity("subnet", "s1").unknownRelation("az", "AWS picks it").end()
                .entity("subnet", "s2").unknownRelation("az", "AWS picks it").end()
                .build();
        assertEquals(List.of("zone of s2"), targets(m, "az", "zone of s1", IdentityEdges.MAY_BE));
    }

    @Test
    void aKindWithoutSymbolicEntitiesHasNoEdges() {
        Model m = CanonicalFormTest.albOnSubnetsWithoutZones("s1", "s2");
        EntityTable subnets = m.table("subnet");
        assertEquals(List.of(), IdentityEdges.of(m, subnets, subnets.find("s1").orElseThrow()));
    }
}
