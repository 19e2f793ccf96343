package org.invar.aws.scan;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer of a call, or why there is none. A call that failed leaves its part of the model
 * unknown with {@link CallFailure#reason()}; an answer is always complete (every page read).
 *
 * @param <T> what the call reads
 */
public final class Fetched<T> {
    private final T value;
    private final CallFailure failure;

    private Fetched(T value, CallFailure failure) {
        this.value = value;
        this.failure = failure;
    }

    public static <T> Fetched<T> ok(T value) {
        return new Fetched<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Fetched<T> failed(CallFailure failure) {
        return new Fetched<>(null, Objects.requireNonNull(failure, "failure"));
    }

    public boolean isOk() {
        return failure == null;
    }

    /** The answer; only call when {@link #isOk()}. */
    public T get() {
        if (failure != null) {
            throw new IllegalStateException("no answer: " + failure.reason());
        }
        return value;
    }

    public T orElse(T other) {
        return failure == null ? value : other;
    }

    public Optional<CallFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** Why there is no answer, or null when there is one. */
    public String reason() {
        return failure == null ? null : failure.reason();
    }

    /** A call not made because the one it needed failed: it fails the same way. */
    public <R> Fetched<R> then(Function<T, Fetched<R>> next) {
        return failure == null ? next.apply(value) : failed(failure);
    }
}
