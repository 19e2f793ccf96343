package org.invar.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.function.TerraformFunctionNames;
import org.invar.terraform.hcl.value.Value;
import org.junit.jupiter.api.Test;

/**
 * invar's evaluation of expressions against Terraform's own, from pairs recorded with
 * {@code terraform console} ({@code src/test/conformance/generate.py}; no Terraform is needed to
 * run this test). A known value must be the same JSON as Terraform's {@code jsonencode()} of it,
 * an unknown one unknown, an error an error. The few differences invar has on purpose are listed
 * with why in {@code deviations.txt}; every other difference fails the test.
 */
class TerraformConformanceTest {
    private static final Pattern CALL = Pattern.compile("\\b([a-z][a-z0-9_]*)\\(");

    record Pair(String expr, String json, boolean unknown, String error) {
        String expected() {
            return error != null ? "error: " + error : unknown ? "unknown" : json;
        }
    }

    static List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        for (String line : lines("/conformance/terraform.jsonl")) {
            Map<String, Object> o = object(line);
            if (o.containsKey("expr")) {
                out.add(new Pair((String) o.get("expr"), (String) o.get("json"), Boolean.TRUE.equals(o.get("unknown")),
                        (String) o.get("error")));
            }
        }
        return out;
    }

    /** Expressions invar evaluates differently from Terraform on purpose, each with why. */
    static Map<String, String> deviations() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines("/conformance/deviations.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            out.put(line.substring(0, tab), line.substring(tab + 1).trim());
        }
        return out;
    }

    /** The values generate.py declares, known only after apply. */
    private static final Map<String, Value> NAMES = Map.of("local", new Value.Obj(Map.of(
            "template", new Value.Str("Hello, ${name}!"),
            "template_list", new Value.Str("%{ for i in items }[${i}]%{ endfor }"),
            "unknown", Value.Unknown.because("terraform_data.u.id is known after apply"),
            "unknown_number", Value.Unknown.because("terraform_data.u.id is known after apply"),
            "unknown_list", Value.Unknown.because("terraform_data.u.id is known after apply"))));
    private static final Functions FUNCTIONS = Functions.standard(java.nio.file.Path.of("src/test/conformance/files"));

    /** What invar makes of an expression, in the fixture's terms. */
    static String outcome(String expr) {
        try {
            Value v = Evaluate.valueIn(expr, FUNCTIONS, NAMES);
            if (v.hasUnknown()) {
                return "unknown";
            }
            return Evaluate.json(v);
        } catch (EvalException | ModelLoadException e) {
            return "error: " + e.getMessage();
        } catch (RuntimeException e) {
            // a crash is a difference like any other, listed with where it happened, not the end of the test
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return "crash: " + trace.toString().lines().limit(8).collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private static boolean agrees(Pair p, String outcome) {
        if (p.error() != null) {
            return outcome.startsWith("error: ");
        }
        return Objects.equals(p.expected(), outcome);
    }

    @Test
    void everyPairAgreesWithTerraform() {
        Map<String, String> deviations = deviations();
        List<String> differences = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int agreed = 0;
        for (Pair p : pairs()) {
            String outcome = outcome(p.expr());
            boolean same = agrees(p, outcome);
            if (deviations.containsKey(p.expr())) {
                if (same) {
                    stale.add(p.expr());
                }
                continue;
            }
            if (same) {
                agreed++;
            } else {
                differences.add(p.expr() + "\n    terraform: " + p.expected() + "\n    invar:     " + outcome);
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + pairs().size()
                + " expressions differ from Terraform (" + agreed + " agree):\n" + String.join("\n",
                differences.subList(0, Math.min(60, differences.size()))));
        assertEquals(List.of(), stale, "listed as deviations but agreeing with Terraform now: remove them");
    }

    /** Every function invar evaluates is in some pair, and every deviation names a recorded expression. */
    @Test
    void theSuiteCoversEveryFunctionInvarEvaluates() {
        Set<String> called = new TreeSet<>();
        for (Pair p : pairs()) {
            Matcher m = CALL.matcher(p.expr());
            while (m.find()) {
                called.add(m.group(1));
            }
        }
        Set<String> missing = new TreeSet<>(Functions.standard().names());
        missing.removeAll(called);
        missing.remove("plantimestamp"); // terraform console has no plantimestamp(); HclFunctionsTest has it
        assertEquals(Set.of(), missing, "functions without a conformance pair");
        Set<String> recorded = new TreeSet<>();
        pairs().forEach(p -> recorded.add(p.expr()));
        Set<String> unknownDeviations = new TreeSet<>(deviations().keySet());
        unknownDeviations.removeAll(recorded);
        assertEquals(Set.of(), unknownDeviations, "deviations for expressions not in the fixture");
        assertTrue(TerraformFunctionNames.ALL.containsAll(Functions.standard().names()));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = TerraformConformanceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One flat JSON object of strings and booleans. */
    private static Map<String, Object> object(String line) {
        Map<String, Object> out = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                out.put(name, switch (t) {
                    case VALUE_TRUE -> true;
                    case VALUE_FALSE -> false;
                    case VALUE_NULL -> null;
                    case VALUE_STRING -> p.getText();
                    default -> {
                        p.skipChildren();
                        yield null;
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
