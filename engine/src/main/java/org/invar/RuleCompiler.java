package org.invar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.invar.check.Checker;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.ParseResult;
import org.invar.dsl.RuleParser;
import org.invar.dsl.Source;
import org.invar.dsl.ast.Import;
import org.invar.dsl.ast.SourceFile;
import org.invar.schema.Schema;

/**
 * Collects rule sources (text, files, directories of {@code *.invar}), follows their imports,
 * parses and checks them all, and gives a {@link RuleSet} or every diagnostic.
 *
 * <p>{@code import "x/y"} looks for {@code x/y.invar} next to the importing file, then on the
 * class path under {@code invar/} (the standard library ships as {@code invar/stdlib/*.invar}).
 *
 * <pre>{@code
 * CompileResult result = Invar.compiler().path(Path.of("rules/")).param("min_azs", "2").compile();
 * if (!result.ok()) {
 *     System.err.println(result.report());
 * }
 * }</pre>
 */
public final class RuleCompiler {
    private Schema schema = Schema.v1();
    private final List<Source> sources = new ArrayList<>();
    private final List<Diagnostic> loadErrors = new ArrayList<>();
    private final Map<String, String> params = new LinkedHashMap<>();
    private final Map<String, String> sharedParams = new LinkedHashMap<>();

    RuleCompiler() {
    }

    public RuleCompiler schema(Schema schema) {
        this.schema = schema;
        return this;
    }

    public RuleCompiler source(String name, String text) {
        sources.add(new Source(name, text));
        return this;
    }

    public RuleCompiler source(Source source) {
        sources.add(source);
        return this;
    }

    /** A rule file, or a directory searched recursively for {@code *.invar} files in name order. */
    public RuleCompiler path(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(p -> p.toString().endsWith(".invar") && Files.isRegularFile(p)).sorted()
                        .forEach(this::file);
            } catch (IOException e) {
                loadErrors.add(fileError(path, "cannot read directory: " + e.getMessage()));
            }
        } else {
            file(path);
        }
        return this;
    }

    private void file(Path path) {
        if (!Files.exists(path)) {
            loadErrors.add(fileError(path, "no such file or directory"));
            return;
        }
        try {
            sources.add(Source.of(path));
        } catch (IOException | java.io.UncheckedIOException e) {
            loadErrors.add(fileError(path, "cannot read file: " + e.getMessage()));
        }
    }

    private static Diagnostic fileError(Path path, String message) {
        return new Diagnostic(Diagnostic.Level.ERROR, "io", path.toString(), 0, 0, message, "");
    }

    /** Overrides a declared param; the text is read as the declared value's type. */
    public RuleCompiler param(String name, String value) {
        params.put(name, value);
        return this;
    }

    public RuleCompiler params(Map<String, String> values) {
        params.putAll(values);
        return this;
    }

    /**
     * Values given to the rules and to the inputs' adapters alike, as {@code invar check --param}
     * gives them: one that names a declared param overrides it (read as its type), the others are
     * left to the adapters (template parameters, Terraform variables). Read once, at compile time.
     */
    public RuleCompiler sharedParams(Map<String, String> values) {
        sharedParams.putAll(values);
        return this;
    }

    public CompileResult compile() {
        List<Diagnostic> diagnostics = new ArrayList<>(loadErrors);
        List<Checker.Input> inputs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Source> queue = new ArrayList<>(sources);
        for (int i = 0; i < queue.size(); i++) {
            Source source = queue.get(i);
            if (!seen.add(source.name())) {
                continue;
            }
            ParseResult parsed = RuleParser.parse(source);
            diagnostics.addAll(parsed.diagnostics());
            // What could be read is checked even when something else could not: every mistake in one run.
            SourceFile readable = parsed.readable();
            inputs.add(new Checker.Input(source, readable, parsed.unreadableParams()));
            for (Import imp : readable.imports()) {
                Optional<Source> imported = resolve(source, imp.target());
                if (imported.isPresent()) {
                    queue.add(imported.get());
                } else {
                    diagnostics.add(Diagnostic.error("import", source, imp.position().line(), imp.position().column(),
                            "cannot find '" + imp.target() + "': looked for " + imp.target()
                                    + ".invar next to this file and on the class path under invar/"));
                }
            }
        }
        Checker.Result checked = new Checker(schema).check(inputs, params, sharedParams);
        diagnostics.addAll(checked.diagnostics());
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        if (sorted.stream().anyMatch(Diagnostic::isError)) {
            return new CompileResult(Optional.empty(), sorted);
        }
        return new CompileResult(Optional.of(new RuleSet(schema, checked.rules(), checked.params())), sorted);
    }

    private static Optional<Source> resolve(Source from, String target) {
        String file = target.endsWith(".invar") ? target : target + ".invar";
        Path base = Path.of(from.name()).getParent();
        Path local = base == null ? Path.of(file) : base.resolve(file);
        if (Files.isRegularFile(local)) {
            try {
                return Optional.of(Source.of(local.normalize()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String resource = "invar/" + file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Source("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
