package org.invar.aws.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.invar.schema.KindDef;
import org.invar.schema.Schema;
import org.junit.jupiter.api.Test;

/** Placeholder ids: one for every kind a listing can leave out, saying what it stands for. */
class UnlistedTest {

    @Test
    void everyKindTheAdapterListsHasAPlaceholderId() {
        for (KindDef kind : Schema.v1().kinds()) {
            if (kind.derived() || kind.name().equals("region")) {
                continue; // lb_node is the engine's; regions are the ones the scan was asked for
            }
            String id = Unlisted.id(kind.name(), "123456789012/eu-west-1");
            assertTrue(id.startsWith("unlisted ") && id.endsWith(" of 123456789012/eu-west-1"), id);
        }
    }

    @Test
    void idsNameTheKindAndTheScopeOrOwner() {
        assertEquals("unlisted load balancers of 123456789012/eu-west-1",
                Unlisted.id("load_balancer", "123456789012/eu-west-1"));
        assertEquals("unlisted listeners of unlisted load balancers of 123456789012/eu-west-1",
                Unlisted.id("listener", Unlisted.id("load_balancer", "123456789012/eu-west-1")));
    }

    @Test
    void everyPartHasAnId() {
        Unlisted.PARTS.forEach((owner, parts) -> parts.forEach(part -> Unlisted.id(part, owner)));
        assertThrows(IllegalArgumentException.class, () -> Unlisted.id("lb_node", "x"));
    }
}
