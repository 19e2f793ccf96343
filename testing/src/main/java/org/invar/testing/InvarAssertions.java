package org.invar.testing;

import java.util.Objects;
import org.invar.model.Model;

/**
 * The entry point for asserting invariants over infrastructure in a unit test, next to the
 * templates they are about. A failure reads like the rule and lists every entity that broke it,
 * with where it came from and the values that decided it.
 *
 * <pre>{@code
 * import static org.invar.testing.InvarAssertions.assertThat;
 *
 * Model model = Models.cloudFormation(Path.of("infra/service.yml"));
 * assertThat(model).satisfies("every az with alb_node has healthy_targets >= 1");
 * assertThat(model).because("we promised 99.9%").allowingEmpty().satisfies(Stdlib.rules());
 * assertThat(Models.cloudFormation(Path.of("infra/service.yml"), Map.of("TaskCount", "1")))
 *         .violates("every az with alb_node has healthy_targets >= 1");
 * }</pre>
 *
 * @see ModelAssert for what can be asserted and how failures read
 * @see Models for loading templates, plans and states in a test
 */
public final class InvarAssertions {
    private InvarAssertions() {
    }

    /** Starts an assertion about a model; nothing is checked until {@code satisfies} or {@code violates}. */
    public static ModelAssert assertThat(Model model) {
        return new ModelAssert(Objects.requireNonNull(model, "model"));
    }
}
