package org.invar.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Every function, called with any arguments (strings, numbers, bools, null, lists, sets, maps,
 * unknowns, and the wrong number of them), gives a value or an {@link EvalException} that reads
 * as prose: never another exception, never Java's words.
 */
class HclFunctionsPropertyTest {
    private static final String[] ARGUMENTS = {"\"\"", "\"a\"", "\"10.0.0.0/16\"", "\"fd00::/56\"", "\"%s %d %v\"",
            "\"2018-01-02T23:12:01Z\"", "\"1h\"", "\"[a-z]+\"", "\"(\"", "\"/x/\"", "\"{\\\"a\\\": [1]}\"", "\"a,b\\n1,2\"",
            "\"SGk=\"", "\"UTF-16LE\"", "\"dns\"", "\"hello.txt\"", "\"~\"", "\"é😀\"", "0", "1", "-1", "2.5", "1e30",
            "-1e-30", "8", "300", "true", "false", "null", "[]", "[1, 2]", "[\"a\", \"b\", \"a\"]", "[[\"x\"], []]",
            "[null]", "[true]", "toset([\"b\", \"a\"])", "toset([])", "{}", "{a = 1}", "{a = [\"x\"], b = [\"y\"]}",
            "{a = {b = 1}}", "local.unknown", "[local.unknown]", "{a = local.unknown}"};
    private static final List<String> JARGON = List.of("Exception", "NullPointer", "java.", "Index ", "out of bounds",
            "For input string");
    private static final Map<String, Value> NAMES = Map.of("local", new Value.Obj(Map.of("unknown",
            Value.Unknown.because("not known"))));

    @Test
    void anyCallGivesAValueOrSaysWhatIsWrong() {
        List<String> names = Functions.standard().names();
        qt().withExamples(3000).forAll(integers().between(0, names.size() - 1),
                lists().of(integers().between(0, ARGUMENTS.length - 1)).ofSizeBetween(0, 4)).checkAssert((f, args) -> {
                    List<String> given = new ArrayList<>();
                    args.forEach(a -> given.add(ARGUMENTS[a]));
                    String call = names.get(f) + "(" + String.join(", ", given) + ")";
                    try {
                        Evaluate.valueIn(call, Functions.standard(java.nio.file.Path.of("src/test/conformance/files")),
                                NAMES);
                    } catch (EvalException e) {
                        String m = e.getMessage();
                        assertTrue(m.startsWith(names.get(f) + "(") || m.startsWith("unknown function"), call + ": " + m);
                        JARGON.forEach(j -> assertFalse(m.contains(j), call + ": " + m));
                        assertTrue(e.pos().toString().startsWith("test.tf:1:"), call);
                    }
                });
    }
}
