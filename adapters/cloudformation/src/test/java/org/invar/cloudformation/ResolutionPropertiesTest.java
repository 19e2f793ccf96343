package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generated templates with random nesting of Join, Select, Split, If, Sub and FindInMap over
 * parameters with and without values resolve as a small reference resolver says: to the same
 * text, to unknown, or to an error (an index past the end, a missing mapping key). Each
 * expression is written twice, in JSON long form and in YAML short form, and both must agree.
 */
class ResolutionPropertiesTest {
    private static final String PARAMETERS = """
            Parameters:
              P0: {Type: String, Default: alpha}
              P1: {Type: String, Default: "b,c"}
              P2: {Type: String}
              L0: {Type: CommaDelimitedList, Default: "x, y,z"}
              L1: {Type: CommaDelimitedList}
            Mappings:
              M: {k1: {v: m1}, k2: {v: "m,2"}}
            Conditions:
              CTrue: !Equals [a, a]
              CFalse: !Equals [a, b]
              CUnknown: !Equals [!Ref P2, a]
            """;
    private static final Map<String, String> VALUES = Map.of("P0", "alpha", "P1", "b,c", "L0", "x, y,z");
    private static final Map<String, Boolean> CONDITIONS = Map.of("CTrue", true, "CFalse", false);
    private static final Map<String, String> MAP = Map.of("k1", "m1", "k2", "m,2");
    private static final List<String> LITERALS = List.of("a", "b", "k1", "k2", "k3", "x,y", "", "p-q");
    private static final List<String> DELIMITERS = List.of("-", ",", "");

    /** What the reference resolver gives: a string, a list, unknown, or an error. */
    sealed interface R {
        R UNKNOWN = new Unknown();
        R ERROR = new Error();

        record Text(String s) implements R {
        }

        record Items(List<R> items) implements R {
        }

        record Unknown() implements R {
        }

        record Error() implements R {
        }
    }

    /** A generated expression: its two renderings and its reference value. */
    interface Expr {
        String json();

        String yaml();

        R eval();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Expr expr(String json, String yaml, java.util.function.Supplier<R> eval) {
        return new Expr() {
            public String json() {
                return json;
            }

            public String yaml() {
                return yaml;
            }

            public R eval() {
                return eval.get();
            }

            @Override
            public String toString() {
                return yaml;
            }
        };
    }

    private static Expr literal(String s) {
        return expr(quote(s), quote(s), () -> new R.Text(s));
    }

    private static Expr param(String name) {
        return expr("{\"Ref\": \"" + name + "\"}", "!Ref " + name,
                () -> VALUES.containsKey(name) ? new R.Text(VALUES.get(name)) : R.UNKNOWN);
    }

    private static Expr listParam(String name) {
        return expr("{\"Ref\": \"" + name + "\"}", "!Ref " + name, () -> {
            String v = VALUES.get(name);
            if (v == null) {
                return R.UNKNOWN;
            }
            return new R.Items(Arrays.stream(v.split(",", -1)).map(s -> (R) new R.Text(s.trim())).toList());
        });
    }

    private static Expr join(String d, List<Expr> items) {
        return expr("{\"Fn::Join\": [" + quote(d) + ", [" + items.stream().map(Expr::json).collect(Collectors.joining(", ")) + "]]}",
                "!Join [" + quote(d) + ", [" + items.stream().map(Expr::yaml).collect(Collectors.joining(", ")) + "]]", () -> {
                    List<String> parts = new ArrayList<>();
                    boolean unknown = false;
                    for (Expr e : items) {
                        R r = e.eval();
                        if (r instanceof R.Error) {
                            return r;
                        }
                        if (r instanceof R.Text t) {
                            parts.add(t.s());
                        } else {
                            unknown = true;
                        }
                    }
                    return unknown ? R.UNKNOWN : new R.Text(String.join(d, parts));
                });
    }

    private static Expr joinList(String d, Expr list) {
        return expr("{\"Fn::Join\": [" + quote(d) + ", " + list.json() + "]}", "!Join [" + quote(d) + ", " + list.yaml() + "]", () -> {
            R r = list.eval();
            if (!(r instanceof R.Items items)) {
                return r;
            }
            List<String> parts = new ArrayList<>();
            for (R item : items.items()) {
                if (!(item instanceof R.Text t)) {
                    return item instanceof R.Error ? item : R.UNKNOWN;
                }
                parts.add(t.s());
            }
            return new R.Text(String.join(d, parts));
        });
    }

    private static Expr split(String d, Expr s) {
        return expr("{\"Fn::Split\": [" + quote(d) + ", " + s.json() + "]}", "!Split [" + quote(d) + ", " + s.yaml() + "]", () -> {
            R r = s.eval();
            if (!(r instanceof R.Text t)) {
                return r;
            }
            return new R.Items(Arrays.stream(t.s().split(Pattern.quote(d), -1)).map(x -> (R) new R.Text(x)).toList());
        });
    }

    private static Expr listLiteral(List<Expr> items) {
        return expr("[" + items.stream().map(Expr::json).collect(Collectors.joining(", ")) + "]",
                "[" + items.stream().map(Expr::yaml).collect(Collectors.joining(", ")) + "]",
                () -> {
                    // CloudFormation evaluates every element, so an error anywhere in the list is an error.
                    List<R> values = items.stream().map(Expr::eval).toList();
                    return values.contains(R.ERROR) ? R.ERROR : new R.Items(values);
                });
    }

    private static Expr select(int i, Expr list) {
        return expr("{\"Fn::Select\": [" + i + ", " + list.json() + "]}", "!Select [" + i + ", " + list.yaml() + "]", () -> {
            R r = list.eval();
            if (!(r instanceof R.Items items)) {
                return r;
            }
            return i < items.items().size() ? items.items().get(i) : R.ERROR;
        });
    }

    private static Expr ifThen(String condition, Expr yes, Expr no) {
        return expr("{\"Fn::If\": [\"" + condition + "\", " + yes.json() + ", " + no.json() + "]}",
                "!If [" + condition + ", " + yes.yaml() + ", " + no.yaml() + "]", () -> {
                    Boolean c = CONDITIONS.get(condition);
                    if (c != null) {
                        return c ? yes.eval() : no.eval();
                    }
                    R a = yes.eval();
                    R b = no.eval();
                    if (a instanceof R.Error || b instanceof R.Error) {
                        return R.ERROR;
                    }
                    return a.equals(b) && !containsUnknown(a) ? a : R.UNKNOWN;
                });
    }

    private static boolean containsUnknown(R r) {
        return r instanceof R.Unknown || r instanceof R.Items items && items.items().stream().anyMatch(
                ResolutionPropertiesTest::containsUnknown);
    }

    private static Expr sub(List<String> params, String between) {
        String template = params.stream().map(p -> "${" + p + "}").collect(Collectors.joining(between));
        return expr("{\"Fn::Sub\": " + quote(template) + "}", "!Sub " + quote(template), () -> {
            List<String> parts = new ArrayList<>();
            for (String p : params) {
                if (!VALUES.containsKey(p)) {
                    return R.UNKNOWN;
                }
                parts.add(VALUES.get(p));
            }
            return new R.Text(String.join(between, parts));
        });
    }

    private static Expr findInMap(Expr key) {
        return expr("{\"Fn::FindInMap\": [\"M\", " + key.json() + ", \"v\"]}", "!FindInMap [M, " + key.yaml() + ", v]", () -> {
            R k = key.eval();
            if (!(k instanceof R.Text t)) {
                return k;
            }
            return MAP.containsKey(t.s()) ? new R.Text(MAP.get(t.s())) : R.ERROR;
        });
    }

    private static <T> T pick(org.quicktheories.core.RandomnessSource in, List<T> from) {
        return from.get(integers().between(0, from.size() - 1).generate(in));
    }

    private static Gen<Expr> string(int depth) {
        return in -> {
            int choice = integers().between(0, depth <= 0 ? 2 : 8).generate(in);
            return switch (choice) {
                case 0 -> literal(pick(in, LITERALS));
                case 1 -> param(pick(in, List.of("P0", "P1", "P2")));
                case 2 -> sub(List.of(pick(in, List.of("P0", "P1", "P2")), pick(in, List.of("P0", "P1"))), pick(in, List.of("-", "")));
                case 3 -> {
                    int n = integers().between(1, 3).generate(in);
                    List<Expr> items = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        items.add(string(depth - 1).generate(in));
                    }
                    yield join(pick(in, DELIMITERS), items);
                }
                case 4 -> joinList(pick(in, DELIMITERS), list(depth - 1).generate(in));
                case 5, 6 -> select(integers().between(0, 3).generate(in), list(depth - 1).generate(in));
                case 7 -> ifThen(pick(in, List.of("CTrue", "CFalse", "CUnknown")), string(depth - 1).generate(in),
                        string(depth - 1).generate(in));
                default -> findInMap(string(depth - 1).generate(in));
            };
        };
    }

    private static Gen<Expr> list(int depth) {
        return in -> {
            int choice = integers().between(0, 3).generate(in);
            return switch (choice) {
                case 0 -> listParam(pick(in, List.of("L0", "L1")));
                case 1, 2 -> split(pick(in, List.of(",", "-")), string(depth).generate(in));
                default -> {
                    int n = integers().between(1, 3).generate(in);
                    List<Expr> items = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        items.add(string(depth).generate(in));
                    }
                    yield listLiteral(items);
                }
            };
        };
    }

    /** The bucket's name as loaded: the text, "unknown", or "error". */
    private static String resolve(String file, String template) {
        ModelBuilder builder = Model.builder();
        try {
            CloudFormation.fill(file, template.getBytes(StandardCharsets.UTF_8), Path.of(file), builder, LoadOptions.DEFAULT);
        } catch (ModelLoadException e) {
            assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
            return "error";
        }
        Object name = Models.plain(builder.build(), "bucket", "B", "name");
        return name instanceof String s && s.startsWith("unknown: ") ? "unknown" : (String) name;
    }

    private static String expected(R r) {
        if (r instanceof R.Text t) {
            return t.s();
        }
        return r instanceof R.Error ? "error" : "unknown";
    }

    @Test
    void generatedTemplatesResolveLikeTheReferenceResolver() {
        Map<String, Integer> outcomes = new java.util.HashMap<>();
        qt().withExamples(400).withFixedSeed(20260112L).forAll(string(4)).checkAssert(e -> {
            String want = expected(e.eval());
            outcomes.merge(want.equals("error") || want.equals("unknown") ? want : "text", 1, Integer::sum);
            String yaml = PARAMETERS + "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "
                    + e.yaml() + "\n";
            assertEquals(want, resolve("gen.yml", yaml), yaml);
            String json = "{\"Parameters\": {\"P0\": {\"Type\": \"String\", \"Default\": \"alpha\"},"
                    + " \"P1\": {\"Type\": \"String\", \"Default\": \"b,c\"}, \"P2\": {\"Type\": \"String\"},"
                    + " \"L0\": {\"Type\": \"CommaDelimitedList\", \"Default\": \"x, y,z\"}, \"L1\": {\"Type\": \"CommaDelimitedList\"}},"
                    + " \"Mappings\": {\"M\": {\"k1\": {\"v\": \"m1\"}, \"k2\": {\"v\": \"m,2\"}}},"
                    + " \"Conditions\": {\"CTrue\": {\"Fn::Equals\": [\"a\", \"a\"]}, \"CFalse\": {\"Fn::Equals\": [\"a\", \"b\"]},"
                    + " \"CUnknown\": {\"Fn::Equals\": [{\"Ref\": \"P2\"}, \"a\"]}},"
                    + " \"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": " + e.json() + "}}}}";
            assertEquals(want, resolve("gen.json", json), json);
        });
        // The generator must reach all three outcomes, or the property proves little.
        for (String outcome : List.of("text", "unknown", "error")) {
            assertTrue(outcomes.getOrDefault(outcome, 0) >= 20, "too few " + outcome + ": " + outcomes);
        }
    }

    @Test
    void theReferenceResolverIsNotTrivial() {
        // Guards the property against a generator that only ever makes unknowns or errors.
        assertEquals("alpha-b,c", expected(join("-", List.of(param("P0"), param("P1"))).eval()));
        assertEquals("unknown", expected(join("-", List.of(param("P0"), param("P2"))).eval()));
        assertEquals("error", expected(select(3, split(",", literal("a,b"))).eval()));
        assertEquals("y", expected(select(1, listParam("L0")).eval()));
    }
}
