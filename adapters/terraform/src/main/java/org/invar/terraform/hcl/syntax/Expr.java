package org.invar.terraform.hcl.syntax;

import java.util.List;

/**
 * An HCL expression, with where it starts. Traversals are nested {@link GetAttr} and
 * {@link Index} nodes over a {@link Variable}; a splat ({@code aws_subnet.a[*].id}) is a
 * {@link Splat} whose {@code each} applies to every element through a {@link SplatItem}.
 */
public sealed interface Expr {
    Pos pos();

    /** A number ({@link java.math.BigDecimal}), string, boolean, or null (value null). */
    record Literal(Object value, Pos pos) implements Expr {
    }

    /** A quoted string or heredoc: literal strings and interpolated expressions, in order. */
    record Template(List<Expr> parts, Pos pos) implements Expr {
    }

    /** {@code %{ if cond }then%{ else }otherwise%{ endif }} in a template; {@code otherwise} may be empty. */
    record TemplateIf(Expr condition, Template then, Template otherwise, Pos pos) implements Expr {
    }

    /** {@code %{ for k, v in coll }body%{ endfor }} in a template; {@code keyVar} null with one name. */
    record TemplateFor(String keyVar, String valueVar, Expr collection, Template body, Pos pos) implements Expr {
    }

    /** A name at the root of a traversal: {@code var}, {@code aws_subnet}, {@code count}. */
    record Variable(String name, Pos pos) implements Expr {
    }

    record GetAttr(Expr target, String name, Pos pos) implements Expr {
    }

    record Index(Expr target, Expr key, Pos pos) implements Expr {
    }

    /** {@code source[*].rest}: {@code each} is {@code rest} over {@link SplatItem}. */
    record Splat(Expr source, Expr each, Pos pos) implements Expr {
    }

    /** The element a splat is at. */
    record SplatItem(Pos pos) implements Expr {
    }

    /** A function call; {@code expandLast} for {@code f(list...)}. */
    record Call(String name, List<Expr> args, boolean expandLast, Pos pos) implements Expr {
    }

    /** {@code !} or {@code -}. */
    record Unary(String op, Expr operand, Pos pos) implements Expr {
    }

    record Binary(String op, Expr left, Expr right, Pos pos) implements Expr {
    }

    record Conditional(Expr condition, Expr then, Expr otherwise, Pos pos) implements Expr {
    }

    record TupleCons(List<Expr> items, Pos pos) implements Expr {
    }

    record ObjectCons(List<Item> items, Pos pos) implements Expr {
        /** A key ({@link Literal} for a bare name) and its value. */
        public record Item(Expr key, Expr value) {
        }
    }

    /**
     * {@code [for k, v in coll : value if cond]} ({@code key} null) or
     * {@code {for k, v in coll : key => value... if cond}}; {@code keyVar} null when only one
     * name is given, {@code condition} null without {@code if}.
     */
    record For(String keyVar, String valueVar, Expr collection, Expr key, Expr value, boolean group,
               Expr condition, Pos pos) implements Expr {
    }
}
