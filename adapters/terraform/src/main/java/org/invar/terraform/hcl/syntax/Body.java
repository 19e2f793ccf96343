package org.invar.terraform.hcl.syntax;

import java.util.List;
import java.util.Optional;

/** The attributes and blocks of a file or a block, in file order. */
public record Body(List<Attribute> attributes, List<Block> blocks) {
    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<Block> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    /** {@code name = value}. */
    public record Attribute(String name, Expr value, Pos pos) {
    }

    /**
     * {@code type "label" ... { body }}; {@code endLine} is the line of its closing brace, so
     * comments inside it can be found.
     */
    public record Block(String type, List<String> labels, Body body, Pos pos, int endLine) {
        public Block {
            labels = List.copyOf(labels);
        }
    }
}
