package org.invar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.invar.format.Style;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code invar schema}: every kind with its meaning, then its attributes and relations, each with
 * its type or target and its meaning; derived fields are marked.
 *
 * <pre>
 * az: An availability zone
 *   attributes:
 *     name             string            Zone name, such as us-east-1a ...
 *     healthy_targets  int, derived      Healthy (live) or predicted (static) targets ...
 *   relations:
 *     region           -&gt; region, one             The region of the zone
 *     alb_node         -&gt; lb_node, many, derived  Nodes of application load balancers in the zone
 * </pre>
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the kinds of the model with their attributes and relations.", "",
            "Each with one line of meaning. Derived fields are computed by the engine, never read from an input.",
            ""})
final class SchemaCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    DebugOption debug;

    SchemaCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintWriter out = io.out();
        Style style = Style.of(io.colour());
        boolean first = true;
        for (KindDef kind : Schema.v1().kinds()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(style.bold(kind.name()) + (kind.derived() ? " (derived)" : "") + ": " + kind.doc());
            int width = kind.fieldNames().stream().mapToInt(String::length).max().orElse(0);
            if (!kind.attributes().isEmpty()) {
                out.println("  attributes:");
                int typeWidth = kind.attributes().stream().mapToInt(a -> type(a).length()).max().orElse(0);
                for (AttributeDef a : kind.attributes()) {
                    out.println("    " + pad(a.name(), width) + "  " + pad(type(a), typeWidth) + "  "
                            + style.dim(a.doc()));
                }
            }
            if (!kind.relations().isEmpty()) {
                out.println("  relations:");
                int targetWidth = kind.relations().stream().mapToInt(r -> target(r).length()).max().orElse(0);
                for (RelationDef r : kind.relations()) {
                    out.println("    " + pad(r.name(), width) + "  " + pad(target(r), targetWidth) + "  "
                            + style.dim(r.doc()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String type(AttributeDef a) {
        return a.type().word() + (a.derived() ? ", derived" : "");
    }

    private static String target(RelationDef r) {
        return "-> " + r.target() + ", " + (r.many() ? "many" : "one") + (r.derived() ? ", derived" : "");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
