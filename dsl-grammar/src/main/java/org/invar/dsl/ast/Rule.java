package org.invar.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule: an id, optional metadata and the invariant it asserts. A bare invariant in a file is a
 * rule too, with {@code bare} set and an id derived from the file name and line.
 *
 * <pre>{@code
 * rule cluster-spans-three-azs {
 *   severity high
 *   assert every ecs_cluster with instance has count(distinct instance.az) >= min_azs
 * }
 * }</pre>
 */
public record Rule(
        String id,
        boolean bare,
        Optional<Severity> severity,
        Optional<String> title,
        Optional<String> message,
        Optional<String> docs,
        List<String> tags,
        boolean unsuppressible,
        Quantified assertion,
        Position position) implements Declaration {

    /** The severity of a rule that does not name one. */
    public static final Severity DEFAULT_SEVERITY = Severity.MEDIUM;

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assertion, "assertion");
        tags = List.copyOf(tags);
    }

    /** A bare invariant with the given id. */
    public static Rule bare(String id, Quantified assertion) {
        return new Rule(id, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), false, assertion, assertion.position());
    }

    public Severity effectiveSeverity() {
        return severity.orElse(DEFAULT_SEVERITY);
    }
}
