package org.invar.dsl.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dotted path such as {@code svc.load_balancer.subnet.az}. The first segment names an attribute
 * or relation of the current entity, a binding made with {@code as}, or a param; the following
 * segments step through relations to an attribute or relation.
 */
public record Path(List<Identifier> segments) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitPath(this);
    }

    public Path {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one segment");
        }
    }

    public static Path of(String... names) {
        return new Path(java.util.Arrays.stream(names).map(Identifier::of).toList());
    }

    public Identifier head() {
        return segments.get(0);
    }

    @Override
    public Position position() {
        return segments.get(0).position();
    }

    /** The path as written, segments joined by dots. */
    public String text() {
        return segments.stream().map(Identifier::name).collect(Collectors.joining("."));
    }

    @Override
    public String toString() {
        return text();
    }
}
