package org.invar.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule: an id, optional metadata and the invariant it asserts. A bare invariant in a file is a
 * rule too, with {@code bare} set and an id derived from the file name and line.
 * {@code messagePosition} is where the message's string literal starts (its opening quote), so
 * that a mistake in one of its {placeholders} can be shown where it stands;
 * {@link Position#NONE} when there is no message or the rule was built rather than parsed.
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
        Position position,
        Position messagePosition) implements Declaration {

    /** The severity of a rule that does not name one. */
    public static final Severity DEFAULT_SEVERITY = Severity.MEDIUM;

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assertion, "assertion");
        tags = List.copyOf(tags);
        Objects.requireNonNull(messagePosition, "messagePosition");
    }

    /** A rule whose message, if any, has no position in a source. */
    public Rule(String id, boolean bare, Optional<Severity> severity, Optional<String> title, Optional<String> message,
                Optional<String> docs, List<String> tags, boolean unsuppressible, Quantified assertion,
                Position position) {
        this(id, bare, severity, title, message, docs, tags, unsuppressible, assertion, position, Position.NONE);
    }

    /** A bare invariant with the given id. */
    public static Rule bare(String id, Quantified assertion) {
        return new Rule(id, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), false, assertion, assertion.position());
    }

    public Severity effectiveSeverity() {
        return severity.orElse(DEFAULT_SEVERITY);
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Rule o && id.equals(o.id) && bare == o.bare && severity.equals(o.severity)
                && title.equals(o.title) && message.equals(o.message) && docs.equals(o.docs) && tags.equals(o.tags)
                && unsuppressible == o.unsuppressible && assertion.equals(o.assertion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, bare, severity, title, message, docs, tags, unsuppressible, assertion);
    }
}
