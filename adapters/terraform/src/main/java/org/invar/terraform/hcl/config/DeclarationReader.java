package org.invar.terraform.hcl.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.HclFile;
import org.invar.terraform.hcl.syntax.HclSyntax;
import org.invar.terraform.hcl.syntax.Pos;

/**
 * Reads the {@code .tf} files of one module directory (in name order, as Terraform does) into
 * its {@link Declarations}, override files merged into the others' blocks ({@link OverrideFiles}).
 * A name declared twice is an error at the second declaration.
 */
public final class DeclarationReader {
    /** The largest {@code .tf} file read; a configuration file is rarely over a megabyte. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final Set<String> META = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "provisioner", "connection");

    private final Path dir;
    private final String display;
    private final Map<String, Declarations.Variable> variables = new LinkedHashMap<>();
    private final Map<String, Declarations.Local> locals = new LinkedHashMap<>();
    private final Map<String, Declarations.Resource> resources = new LinkedHashMap<>();
    private final Map<String, Declarations.ModuleCall> calls = new LinkedHashMap<>();
    private final Map<String, Declarations.Output> outputs = new LinkedHashMap<>();
    private final Map<String, Pos> seen = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Expr awsRegion;

    private DeclarationReader(Path dir, String display) {
        this.dir = dir;
        this.display = display;
    }

    /**
     * @param display how the directory is named in messages and origins ({@code infra},
     *                {@code infra/modules/net})
     */
    public static Declarations read(Path dir, String display) throws IOException {
        DeclarationReader r = new DeclarationReader(dir, display);
        List<Path> files = files(dir, ".tf");
        if (files.isEmpty()) {
            throw new ModelLoadException(display + ": error: no .tf files in this directory");
        }
        List<HclFile> own = new ArrayList<>();
        List<HclFile> overrides = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean override = name.equals("override.tf") || name.endsWith("_override.tf");
            (override ? overrides : own).add(parse(f, display + "/" + name));
        }
        // Terraform merges override files into the other files' blocks (OverrideFiles).
        OverrideFiles.apply(own, overrides).forEach(r::file);
        if (!files(dir, ".tf.json").isEmpty()) {
            r.notes.add(display + ": .tf.json files are not read, only .tf files");
        }
        return new Declarations(dir, r.variables, r.locals, r.resources, r.calls, r.outputs, r.awsRegion, r.notes);
    }

    /** The files of a directory with a name ending, in name order. */
    public static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** Parses one HCL file, after checking its size and encoding. */
    public static HclFile parse(Path file, String display) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new ModelLoadException(display + ": error: the file is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MB; is it a configuration file?");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ModelLoadException(display + ": error: the file is not UTF-8 text");
        }
        return HclSyntax.parse(display, text);
    }

    private void file(HclFile file) {
        for (Body.Attribute a : file.body().attributes()) {
            throw error(a.pos(), "an attribute (" + a.name() + " = ...) outside any block; a .tf file holds"
                    + " blocks such as resource, variable, locals, module, output");
        }
        for (Body.Block b : file.body().blocks()) {
            switch (b.type()) {
                case "variable" -> variable(b);
                case "locals" -> b.body().attributes().forEach(a -> {
                    declare("local." + a.name(), a.pos());
                    locals.put(a.name(), new Declarations.Local(a.name(), a.value(), a.pos()));
                });
                case "resource", "data" -> resource(file, b);
                case "module" -> module(b);
                case "output" -> {
                    String name = label(b, 1, "output \"NAME\" { value = ... }").get(0);
                    declare("output." + name, b.pos());
                    Body.Attribute value = b.body().attribute("value").orElseThrow(() -> error(b.pos(),
                            "output " + name + " has no value; add value = EXPRESSION"));
                    outputs.put(name, new Declarations.Output(name, value.value(), value.pos()));
                }
                case "provider" -> {
                    if (!b.labels().isEmpty() && b.labels().get(0).equals("aws")
                            && b.body().attribute("alias").isEmpty()) {
                        b.body().attribute("region").ifPresent(a -> awsRegion = a.value());
                    }
                }
                case "terraform" -> {
                    // not about what is deployed
                }
                default -> {
                    if (!ModuleLevelBlocks.handles(b.type())) {
                        throw error(b.pos(), "unknown block type " + b.type() + "; expected resource, data,"
                                + " variable, locals, module, output, provider, terraform, or one of "
                                + String.join(", ", ModuleLevelBlocks.types()));
                    }
                    ModuleLevelBlocks.check(b);
                }
            }
        }
    }

    private void variable(Body.Block b) {
        String name = label(b, 1, "variable \"NAME\" { default = ... }").get(0);
        declare("var." + name, b.pos());
        Expr def = b.body().attribute("default").map(Body.Attribute::value).orElse(null);
        Expr typeExpression = b.body().attribute("type").map(Body.Attribute::value).orElse(null);
        Expr nullable = b.body().attribute("nullable").map(Body.Attribute::value).orElse(null);
        variables.put(name, new Declarations.Variable(name, def, typeExpression == null ? null : typeText(typeExpression),
                typeExpression, nullable, b.pos()));
    }

    private static String typeText(Expr e) {
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        if (e instanceof Expr.Call c) {
            return c.name();
        }
        return null;
    }

    private void resource(HclFile file, Body.Block b) {
        boolean data = b.type().equals("data");
        List<String> labels = label(b, 2, b.type() + " \"TYPE\" \"NAME\" { ... }");
        Declarations.Resource r = new Declarations.Resource(data, labels.get(0), labels.get(1), withoutMeta(b.body()),
                b.body().attribute("count").map(Body.Attribute::value).orElse(null),
                b.body().attribute("for_each").map(Body.Attribute::value).orElse(null),
                SuppressionComments.of(file, b), b.pos());
        if (r.count() != null && r.forEach() != null) {
            throw error(b.pos(), r.local() + " has both count and for_each; use one");
        }
        declare(r.local(), b.pos());
        resources.put(r.local(), r);
    }

    private static Body withoutMeta(Body body) {
        return new Body(body.attributes().stream().filter(a -> !META.contains(a.name())).toList(),
                body.blocks().stream().filter(x -> !META.contains(x.type())).toList());
    }

    private void module(Body.Block b) {
        String name = label(b, 1, "module \"NAME\" { source = \"./path\" }").get(0);
        declare("module." + name, b.pos());
        Body.Attribute source = b.body().attribute("source").orElseThrow(() -> error(b.pos(), "module " + name
                + " has no source; add source = \"./path/to/module\""));
        if (!(source.value() instanceof Expr.Template t && t.parts().size() == 1
                && t.parts().get(0) instanceof Expr.Literal l && l.value() instanceof String)) {
            throw error(source.pos(), "the source of module " + name + " must be a literal string");
        }
        String text = (String) ((Expr.Literal) ((Expr.Template) source.value()).parts().get(0)).value();
        Map<String, Body.Attribute> args = new LinkedHashMap<>();
        for (Body.Attribute a : b.body().attributes()) {
            if (!Set.of("source", "version", "count", "for_each", "providers", "depends_on").contains(a.name())) {
                args.put(a.name(), a);
            }
        }
        Declarations.ModuleCall call = new Declarations.ModuleCall(name, text, source.value().pos(), args,
                b.body().attribute("count").map(Body.Attribute::value).orElse(null),
                b.body().attribute("for_each").map(Body.Attribute::value).orElse(null), b.pos());
        if (call.count() != null && call.forEach() != null) {
            throw error(b.pos(), "module " + name + " has both count and for_each; use one");
        }
        calls.put(name, call);
    }

    private List<String> label(Body.Block b, int n, String shape) {
        if (b.labels().size() != n) {
            throw error(b.pos(), "a " + b.type() + " block has " + n + " label" + (n == 1 ? "" : "s") + ": " + shape);
        }
        return b.labels();
    }

    private void declare(String what, Pos pos) {
        Pos before = seen.putIfAbsent(what, pos);
        if (before != null) {
            throw error(pos, what + " is declared twice in " + display + ", first at " + before + "; rename or remove one");
        }
    }

    private static ModelLoadException error(Pos pos, String message) {
        return ModelLoadException.at(pos.file(), pos.line(), pos.column(), message);
    }
}
