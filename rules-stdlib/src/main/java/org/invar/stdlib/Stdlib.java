package org.invar.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.RuleCompiler;
import org.invar.RuleSet;
import org.invar.dsl.Source;

/**
 * The rules that ship with invar, in packs: availability, network, ecs, data, security. They
 * live on the class path as {@code invar/stdlib/PACK.invar}, so a rule file can also
 * {@code import "stdlib/ecs"}.
 *
 * <pre>{@code
 * Report report = Stdlib.rules().evaluate(model);
 * RuleSet mine = Stdlib.rules(Map.of("min_azs", "2")).plus(Invar.compile(Path.of("rules/")));
 * }</pre>
 */
public final class Stdlib {
    /** The packs, in the order their rules are reported. */
    public static final List<String> PACKS = List.of("availability", "network", "ecs", "data", "security");

    private static final RuleSet DEFAULT = compile(Map.of());

    private Stdlib() {
    }

    /** Every pack with its params at their defaults. */
    public static RuleSet rules() {
        return DEFAULT;
    }

    /** Every pack, with params overridden ({@code min_azs} = "2"). */
    public static RuleSet rules(Map<String, String> params) {
        return params.isEmpty() ? DEFAULT : compile(params);
    }

    /** The sources of the packs, for tools that list or explain rules. */
    public static List<Source> sources() {
        return PACKS.stream().map(Stdlib::source).toList();
    }

    private static RuleSet compile(Map<String, String> params) {
        RuleCompiler compiler = Invar.compiler().params(params);
        sources().forEach(compiler::source);
        return compiler.compile().ruleSet();
    }

    private static Source source(String pack) {
        String resource = "invar/stdlib/" + pack + ".invar";
        try (InputStream in = Stdlib.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the standard library is missing " + resource);
            }
            return new Source("stdlib/" + pack + ".invar", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
