package org.invar.terraform.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.json.Json;

/**
 * An expression of a plan's {@code configuration}: what an attribute refers to, since a plan's
 * values of resources not yet created are "known after apply". Attributes are {@link Leaf}s;
 * nested blocks appear as a {@link BlockList} of {@link Block}s (or a single {@link Block}),
 * each with its own attribute expressions.
 */
public sealed interface Expression {

    /** Every reference in this expression and the blocks under it, in order, without repeats. */
    List<String> allReferences();

    /**
     * An attribute: the references it makes ({@code ["aws_subnet.a.id", "aws_subnet.a"]}) and its
     * constant value when it has one and it was kept (strings, for links by value), else null.
     */
    record Leaf(List<String> references, Json constant) implements Expression {
        public Leaf {
            references = List.copyOf(references);
        }

        @Override
        public List<String> allReferences() {
            return references;
        }
    }

    /** A block: attribute name to expression. */
    record Block(Map<String, Expression> attributes) implements Expression {
        public static final Block EMPTY = new Block(Map.of());

        public Expression get(String name) {
            return attributes.get(name);
        }

        @Override
        public List<String> allReferences() {
            Set<String> all = new LinkedHashSet<>();
            attributes.values().forEach(e -> all.addAll(e.allReferences()));
            return new ArrayList<>(all);
        }
    }

    /** Several blocks of one type, in order. */
    record BlockList(List<Block> blocks) implements Expression {
        @Override
        public List<String> allReferences() {
            Set<String> all = new LinkedHashSet<>();
            blocks.forEach(b -> all.addAll(b.allReferences()));
            return new ArrayList<>(all);
        }
    }
}
