package org.invar.agreement;

import java.util.List;
import org.invar.agreement.CanonicalForm.Exclusion;

/**
 * What the comparison of the two models leaves out, each with its reason: facts one format can
 * never state the way the other does. Everything else must be equal.
 */
final class Agreement {
    static final List<Exclusion> EXCLUSIONS = List.of(
            new Exclusion("route", "target_id", "a template names a route's gateway by its logical id, which is the"
                    + " gateway's entity id in the model; a plan for a first apply knows the gateway's id only after"
                    + " apply. Ids are what the comparison forgets; the target's kind is compared (target_type)."));

    private Agreement() {
    }

    static CanonicalForm canonical(Renderings r) {
        return CanonicalForm.of(r.cloudFormation(), Renderings.CFN, r.terraform(), Renderings.TF, EXCLUSIONS);
    }
}
