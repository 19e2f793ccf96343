package org.invar.terraform.hcl.config;

import java.util.List;
import java.util.Set;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.Pos;

/**
 * The blocks of a module that change how Terraform plans but make nothing ({@code moved},
 * {@code import}, {@code removed}, {@code check}) and {@code ephemeral} resources, which exist
 * only while Terraform runs: read for the shape Terraform requires (their arguments, labels and
 * nested blocks), so a mistake in them is an error here as in {@code terraform validate}, and
 * otherwise left out of the model. A {@code check} block's nested {@code data} source is scoped
 * to the check and is no entity either.
 */
final class ModuleLevelBlocks {
    private ModuleLevelBlocks() {
    }

    static void check(Body.Block b) {
        switch (b.type()) {
            case "moved" -> {
                labels(b, 0, "moved { from = OLD_ADDRESS, to = NEW_ADDRESS }");
                arguments(b, Set.of("from", "to"), Set.of("from", "to"), "from and to");
                nestedBlocks(b, Set.of());
                address(b, "from");
                address(b, "to");
            }
            case "import" -> {
                labels(b, 0, "import { to = RESOURCE_ADDRESS, id = \"ID\" }");
                arguments(b, Set.of("to", "id", "identity", "provider", "for_each"), Set.of("to"),
                        "to, id (or identity), and optionally provider and for_each");
                if (b.body().attribute("id").isEmpty() && b.body().attribute("identity").isEmpty()) {
                    throw error(b.pos(), "an import block needs id = \"ID\" (or identity = {...}): the id of the"
                            + " object to import into " + show(b, "to"));
                }
                nestedBlocks(b, Set.of());
                // With for_each, the index of "to" may be an expression of each.key and each.value.
                address(b, "to", b.body().attribute("for_each").isPresent());
            }
            case "removed" -> {
                labels(b, 0, "removed { from = ADDRESS; lifecycle { destroy = false } }");
                arguments(b, Set.of("from"), Set.of("from"), "from");
                nestedBlocks(b, Set.of("lifecycle", "provisioner", "connection"));
                address(b, "from");
            }
            case "check" -> {
                labels(b, 1, "check \"NAME\" { assert { condition = ..., error_message = \"...\" } }");
                arguments(b, Set.of(), Set.of(), "no arguments, only data and assert blocks");
                nestedBlocks(b, Set.of("data", "assert"));
                if (b.body().blocks("assert").isEmpty()) {
                    throw error(b.pos(), "check \"" + b.labels().get(0) + "\" has no assert block; add"
                            + " assert { condition = ..., error_message = \"...\" }");
                }
                for (Body.Block d : b.body().blocks("data")) {
                    labels(d, 2, "data \"TYPE\" \"NAME\" { ... } inside a check block");
                }
                for (Body.Block a : b.body().blocks("assert")) {
                    labels(a, 0, "assert { condition = ..., error_message = \"...\" }");
                    arguments(a, Set.of("condition", "error_message"), Set.of("condition", "error_message"),
                            "condition and error_message");
                }
            }
            case "ephemeral" -> labels(b, 2, "ephemeral \"TYPE\" \"NAME\" { ... }");
            default -> throw new IllegalArgumentException(b.type());
        }
    }

    static boolean handles(String type) {
        return types().contains(type);
    }

    private static void labels(Body.Block b, int n, String shape) {
        if (b.labels().size() != n) {
            throw error(b.pos(), "a " + b.type() + " block has " + (n == 0 ? "no labels" : n + " label"
                    + (n == 1 ? "" : "s")) + ", not " + b.labels().size() + ": " + shape);
        }
    }

    private static void arguments(Body.Block b, Set<String> allowed, Set<String> required, String expected) {
        for (Body.Attribute a : b.body().attributes()) {
            if (!allowed.contains(a.name())) {
                throw error(a.pos(), "unsupported argument " + a.name() + " in " + article(b) + " block; it takes "
                        + expected);
            }
        }
        for (String name : required.stream().sorted().toList()) {
            if (b.body().attribute(name).isEmpty()) {
                throw error(b.pos(), "a " + b.type() + " block needs " + name + " = ...; it takes " + expected);
            }
        }
    }

    private static void nestedBlocks(Body.Block b, Set<String> allowed) {
        for (Body.Block n : b.body().blocks()) {
            if (!allowed.contains(n.type())) {
                throw error(n.pos(), "unsupported block type " + n.type() + " in " + article(b) + " block"
                        + (allowed.isEmpty() ? "; it has no nested blocks" : "; it may hold "
                        + String.join(", ", allowed.stream().sorted().toList()) + " blocks"));
            }
        }
    }

    /** A static address: names, attributes and constant indexes, as in {@code module.a.aws_s3_bucket.b["x"]}. */
    private static void address(Body.Block b, String name) {
        address(b, name, false);
    }

    /** {@code dynamicIndex}: an import's {@code to} with {@code for_each} may index by any expression. */
    private static void address(Body.Block b, String name, boolean dynamicIndex) {
        Body.Attribute a = b.body().attribute(name).orElseThrow();
        if (!staticReference(a.value(), dynamicIndex)) {
            throw error(a.value().pos(), "invalid " + name + " address in " + article(b) + " block: a static"
                    + " address is required, such as aws_instance.web or module.app.aws_instance.web[0], not an"
                    + " expression to evaluate");
        }
    }

    private static boolean staticReference(Expr e, boolean dynamicIndex) {
        if (e instanceof Expr.Variable) {
            return true;
        }
        if (e instanceof Expr.GetAttr g) {
            return staticReference(g.target(), dynamicIndex);
        }
        if (e instanceof Expr.Index x) {
            return staticReference(x.target(), dynamicIndex) && (dynamicIndex || x.key() instanceof Expr.Literal
                    || x.key() instanceof Expr.Template t && t.parts().stream().allMatch(p -> p instanceof Expr.Literal));
        }
        return false;
    }

    /** "an import", "a moved": the block's type with its article. */
    private static String article(Body.Block b) {
        return (b.type().equals("import") ? "an " : "a ") + b.type();
    }

    private static String show(Body.Block b, String name) {
        return b.body().attribute(name).map(a -> "the address at " + a.value().pos()).orElse("it");
    }

    private static ModelLoadException error(Pos pos, String message) {
        return ModelLoadException.at(pos.file(), pos.line(), pos.column(), message);
    }

    static List<String> types() {
        return List.of("moved", "import", "removed", "check", "ephemeral");
    }
}
