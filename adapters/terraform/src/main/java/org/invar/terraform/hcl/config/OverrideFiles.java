package org.invar.terraform.hcl.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.HclFile;

/**
 * Terraform's override files ({@code override.tf}, {@code *_override.tf}), merged as Terraform
 * merges them: after the other files, in name order, each block of an override file changes the
 * block of the same type and labels that another file declares. An argument replaces the argument
 * of that name (or is added); a nested block replaces every nested block of its type, dynamic ones
 * included, except {@code lifecycle}, merged argument by argument; a local in a {@code locals}
 * block replaces the local of that name. A block that overrides nothing is an error, as it is for
 * Terraform. Merged blocks keep their place and position in the file that declared them, so
 * suppression comments and origins stay there; an overriding argument keeps its own position.
 */
final class OverrideFiles {
    /** Blocks an override may change, by type: their key is the type and the labels. */
    private static final Set<String> KEYED = Set.of("resource", "data", "module", "output", "variable", "provider");

    private final List<List<Body.Block>> blocks = new ArrayList<>();
    private final Map<String, int[]> byKey = new LinkedHashMap<>();
    private final Map<String, int[]> localsByName = new LinkedHashMap<>();

    private OverrideFiles(List<HclFile> files) {
        for (int f = 0; f < files.size(); f++) {
            List<Body.Block> own = new ArrayList<>(files.get(f).body().blocks());
            blocks.add(own);
            for (int b = 0; b < own.size(); b++) {
                Body.Block block = own.get(b);
                if (block.type().equals("locals")) {
                    for (Body.Attribute a : block.body().attributes()) {
                        localsByName.putIfAbsent(a.name(), new int[] {f, b});
                    }
                } else if (KEYED.contains(block.type())) {
                    byKey.putIfAbsent(key(block), new int[] {f, b});
                }
            }
        }
    }

    /** The files with the overrides merged into their blocks; the files themselves when there are none. */
    static List<HclFile> apply(List<HclFile> files, List<HclFile> overrides) {
        if (overrides.isEmpty()) {
            return files;
        }
        OverrideFiles merged = new OverrideFiles(files);
        overrides.forEach(merged::override);
        List<HclFile> out = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            HclFile file = files.get(f);
            out.add(new HclFile(file.file(), new Body(file.body().attributes(), merged.blocks.get(f)), file.comments()));
        }
        return out;
    }

    private void override(HclFile file) {
        for (Body.Block o : file.body().blocks()) {
            if (o.type().equals("locals")) {
                for (Body.Attribute a : o.body().attributes()) {
                    int[] at = localsByName.get(a.name());
                    if (at == null) {
                        throw error(a, "local." + a.name() + " is overridden here but no other file declares it;"
                                + " an override file only changes what the other files declare");
                    }
                    Body.Block locals = blocks.get(at[0]).get(at[1]);
                    blocks.get(at[0]).set(at[1], with(locals, new Body(List.of(a), List.of()), false));
                }
            } else if (KEYED.contains(o.type())) {
                int[] at = byKey.get(key(o));
                if (at == null) {
                    throw ModelLoadException.at(o.pos().file(), o.pos().line(), o.pos().column(), describe(o)
                            + " is overridden here but no other file declares it; an override file only changes"
                            + " what the other files declare");
                }
                blocks.get(at[0]).set(at[1], with(blocks.get(at[0]).get(at[1]), o.body(), true));
            }
            // terraform, moved, import and the like say nothing about what is deployed
        }
    }

    /** {@code base} with {@code changes} merged in; nested blocks replaced by type when {@code nested}. */
    private static Body.Block with(Body.Block base, Body changes, boolean nested) {
        Map<String, Body.Attribute> attributes = new LinkedHashMap<>();
        base.body().attributes().forEach(a -> attributes.put(a.name(), a));
        changes.attributes().forEach(a -> attributes.put(a.name(), a));
        List<Body.Block> children = new ArrayList<>();
        Set<String> replaced = changes.blocks().stream().map(Body.Block::type)
                .collect(Collectors.toCollection(HashSet::new));
        for (Body.Block b : base.body().blocks()) {
            boolean dynamic = b.type().equals("dynamic") && !b.labels().isEmpty() && replaced.contains(b.labels().get(0));
            if (!nested || !replaced.contains(b.type()) && !dynamic) {
                children.add(b);
            } else if (b.type().equals("lifecycle")) {
                Body.Block change = changes.blocks("lifecycle").get(0);
                children.add(with(b, change.body(), true));
                replaced.remove("lifecycle");
            }
        }
        for (Body.Block b : changes.blocks()) {
            if (replaced.contains(b.type())) {
                children.add(b);
            }
        }
        return new Body.Block(base.type(), base.labels(), new Body(List.copyOf(attributes.values()), children),
                base.pos(), base.endLine());
    }

    private static String key(Body.Block b) {
        String alias = "";
        if (b.type().equals("provider")) {
            alias = b.body().attribute("alias").map(a -> literal(a.value())).orElse("");
        }
        return b.type() + " " + String.join(" ", b.labels()) + " " + alias;
    }

    private static String literal(Expr e) {
        return e instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                ? String.valueOf(l.value()) : "?";
    }

    private static String describe(Body.Block b) {
        return b.type() + b.labels().stream().map(l -> " \"" + l + "\"").collect(Collectors.joining());
    }

    private static ModelLoadException error(Body.Attribute a, String message) {
        return ModelLoadException.at(a.pos().file(), a.pos().line(), a.pos().column(), message);
    }
}
