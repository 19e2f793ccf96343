package org.invar.dsl.ast;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@code count(distinct subnet.az where ...)} and its siblings sum, min, max and avg. */
public record Aggregate(Function function, boolean distinct, Path path, Optional<Expr> filter, Position position)
        implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAggregate(this);
    }


    public enum Function {
        COUNT, SUM, MIN, MAX, AVG;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Function> fromWord(String word) {
            for (Function f : values()) {
                if (f.word().equals(word)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Aggregate o && function.equals(o.function) && distinct == o.distinct
                && path.equals(o.path) && filter.equals(o.filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(function, distinct, path, filter);
    }
}
