package org.invar.check;

import java.util.Objects;
import org.invar.schema.ValueType;

/**
 * The static type of an expression: a scalar of a value type, an entity of a kind, or a
 * collection of either. A path through a to-many relation is a collection; a condition is a
 * scalar bool.
 */
public record Type(Shape shape, ValueType scalar, String kind, Type element) {

    public enum Shape { SCALAR, ENTITY, COLLECTION }

    public static final Type BOOL = scalar(ValueType.BOOL);
    public static final Type INT = scalar(ValueType.INT);
    public static final Type DECIMAL = scalar(ValueType.DECIMAL);
    public static final Type STRING = scalar(ValueType.STRING);

    public static Type scalar(ValueType type) {
        return new Type(Shape.SCALAR, Objects.requireNonNull(type), null, null);
    }

    public static Type entity(String kind) {
        return new Type(Shape.ENTITY, null, Objects.requireNonNull(kind), null);
    }

    public static Type collection(Type element) {
        if (element.shape == Shape.COLLECTION) {
            throw new IllegalArgumentException("collections are flat");
        }
        return new Type(Shape.COLLECTION, null, null, element);
    }

    public boolean isScalar() {
        return shape == Shape.SCALAR;
    }

    public boolean isEntity() {
        return shape == Shape.ENTITY;
    }

    public boolean isCollection() {
        return shape == Shape.COLLECTION;
    }

    public boolean isBool() {
        return isScalar() && scalar == ValueType.BOOL;
    }

    public boolean isNumeric() {
        return isScalar() && scalar.numeric();
    }

    /** The type of one element: itself for a scalar or entity. */
    public Type single() {
        return isCollection() ? element : this;
    }

    /** Whether values of the two types can be compared for equality. */
    public boolean comparableWith(Type other) {
        Type a = single();
        Type b = other.single();
        if (a.isEntity() || b.isEntity()) {
            return a.isEntity() && b.isEntity() && a.kind.equals(b.kind);
        }
        return a.scalar == b.scalar || (a.scalar.numeric() && b.scalar.numeric());
    }

    /** How the type reads in a message: {@code int}, {@code az}, {@code collection of subnet}. */
    public String describe() {
        return switch (shape) {
            case SCALAR -> scalar.word();
            case ENTITY -> kind;
            case COLLECTION -> "a collection of " + element.describe();
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
