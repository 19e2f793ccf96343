package org.invar.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.invar.Invar;
import org.invar.RuleCompiler;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.ruletest.CaseInput;
import org.invar.ruletest.CaseResult;
import org.invar.ruletest.Expectation;
import org.invar.ruletest.RuleTestCase;
import org.invar.ruletest.RuleTestFile;
import org.invar.ruletest.RuleTestFiles;
import org.invar.ruletest.RuleTestReader;
import org.invar.ruletest.RuleTestRunner;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the rule tests of the standard library ({@code src/test/resources/stdlib/PACK.tests.yaml},
 * which name the pack files under {@code src/main/resources/invar/stdlib}) through the rule-test
 * runner, and checks that every stdlib rule has a failing and a passing case.
 */
class StdlibRuleTestsTest {
    /** Surefire runs in the module's directory; the test files name the packs relative to themselves. */
    private static final Path TESTS = Path.of("src/test/resources/stdlib");
    private static final Path PACKS = Path.of("src/main/resources/invar/stdlib");

    private static List<RuleTestFile> files;
    private static List<CaseResult> results;

    @BeforeAll
    static void runAll() {
        assertTrue(Files.isDirectory(TESTS), "no rule tests at " + TESTS.toAbsolutePath());
        RuleTestRunner runner = new RuleTestRunner(ModelSources.installed());
        files = new ArrayList<>();
        results = new ArrayList<>();
        for (Path file : RuleTestFiles.find(TESTS)) {
            RuleTestFile tests = RuleTestReader.read(file); // a RuleTestException fails the build with every problem
            files.add(tests);
            results.addAll(runner.run(tests));
        }
    }

    @Test
    void everyPackHasItsTestFileAndTheTestsRunThePackItself() throws IOException {
        for (String pack : Stdlib.PACKS) {
            RuleTestFile tests = files.stream()
                    .filter(f -> f.file().getFileName().toString().equals(pack + ".tests.yaml"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + pack + ".tests.yaml in " + TESTS));
            assertEquals(List.of(PACKS.resolve(pack + ".invar").toRealPath()),
                    tests.ruleFiles().stream().map(StdlibRuleTestsTest::real).toList(),
                    pack + ".tests.yaml must test the pack file itself");
            assertFalse(tests.cases().isEmpty(), pack + ".tests.yaml has no cases");
        }
        assertEquals(Stdlib.PACKS.size(), files.size(), "test files: " + files.stream().map(RuleTestFile::file).toList());
    }

    @Test
    void everyCasePasses() {
        assertFalse(results.isEmpty(), "no case ran");
        List<String> failures = results.stream().filter(r -> !r.passed())
                .map(r -> r.file().file().getFileName() + ": " + r.testCase().name() + " (" + r.testCase().position()
                        + "): " + String.join("; ", r.mismatches()) + r.error().map(e -> " error: " + e).orElse(""))
                .toList();
        assertTrue(failures.isEmpty(), failures.size() + " of " + results.size() + " rule test cases failed:\n"
                + String.join("\n", failures));
    }

    @Test
    void everyStdlibRuleHasAFailingAndAPassingCase() {
        Map<String, Set<Verdict>> expected = new TreeMap<>();
        for (RuleTestFile tests : files) {
            for (RuleTestCase c : tests.cases()) {
                for (Expectation e : c.expectations()) {
                    expected.computeIfAbsent(e.rule(), r -> EnumSet.noneOf(Verdict.class)).add(e.verdict());
                }
            }
        }
        Set<String> ids = ruleIds(Stdlib.rules());
        assertTrue(ids.size() >= 30, "the stdlib has " + ids.size() + " rules");
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Set<Verdict> verdicts = expected.getOrDefault(id, Set.of());
            if (!verdicts.contains(Verdict.FAIL)) {
                missing.add(id + " has no failing case");
            }
            if (!verdicts.contains(Verdict.PASS)) {
                missing.add(id + " has no passing case");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        Set<String> tested = files.stream().flatMap(f -> ruleIds(f.rules()).stream()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids, tested, "the rule files the tests run are the stdlib's");
    }

    @Test
    void everyExpectedFailureNamesTheFailingEntities() {
        List<String> vague = new ArrayList<>();
        for (RuleTestFile tests : files) {
            for (RuleTestCase c : tests.cases()) {
                for (Expectation e : c.expectations()) {
                    if (e.verdict() == Verdict.FAIL && e.failing().isEmpty()) {
                        vague.add(e.position() + ": " + e.rule() + " fails without naming the entities");
                    }
                }
            }
        }
        assertTrue(vague.isEmpty(), String.join("\n", vague));
    }

    /**
     * A failing finding's message shows the values of its placeholders: the test models set what
     * the messages read, so {@code unknown} or {@code (not set)} there is a placeholder that does
     * not reach its value.
     */
    @Test
    void failureMessagesShowTheirValues() throws IOException {
        ModelSources sources = ModelSources.installed();
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (RuleTestFile tests : files) {
            for (RuleTestCase c : tests.cases()) {
                Report report = rules(tests, c).evaluate(model(sources, c));
                for (Expectation e : c.expectations()) {
                    if (e.verdict() != Verdict.FAIL) {
                        continue;
                    }
                    for (Finding f : report.result(e.rule()).findings()) {
                        if (f.verdict() != Verdict.FAIL) {
                            continue;
                        }
                        checked++;
                        if (f.message().contains("unknown") || f.message().contains("(not set)")) {
                            bad.add(tests.file().getFileName() + ": " + c.name() + ": " + f.rule() + " on "
                                    + f.entity() + ": " + f.message());
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no failure message was checked");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static RuleSet rules(RuleTestFile tests, RuleTestCase c) {
        Map<String, String> declared = new LinkedHashMap<>();
        c.params().forEach((name, value) -> {
            if (tests.rules().params().containsKey(name)) {
                declared.put(name, value);
            }
        });
        if (declared.isEmpty()) {
            return tests.rules();
        }
        RuleCompiler compiler = Invar.compiler().params(declared);
        tests.ruleFiles().forEach(compiler::path);
        return compiler.compile().ruleSet();
    }

    private static Model model(ModelSources sources, RuleTestCase c) throws IOException {
        if (c.inputs().size() == 1 && c.inputs().get(0) instanceof CaseInput.Inline inline) {
            return inline.model();
        }
        LoadOptions options = new LoadOptions(c.params(), Optional.empty(), Optional.empty());
        List<ModelInput> inputs = new ArrayList<>();
        for (CaseInput i : c.inputs()) {
            if (!(i instanceof CaseInput.File file)) {
                fail("a case mixes an inline model with files: " + c.name());
                return null;
            }
            inputs.add(ModelInput.of(file.path().toString()));
        }
        return inputs.size() == 1 ? sources.read(inputs.get(0), options) : sources.readMerged(inputs, options);
    }

    private static Set<String> ruleIds(RuleSet rules) {
        return rules.rules().stream().map(r -> r.rule().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new AssertionError("rule file " + p + " does not exist", e);
        }
    }
}
