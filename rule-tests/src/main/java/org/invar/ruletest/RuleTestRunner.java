package org.invar.ruletest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.invar.Invar;
import org.invar.RuleCompilationException;
import org.invar.RuleCompiler;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.model.ModelException;
import org.invar.report.Finding;
import org.invar.report.InputReport;
import org.invar.report.judgement.Judgement;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.judgement.Standing;
import org.invar.report.Verdict;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelSources;

/**
 * Runs the cases of a rule test file: loads each case's inputs with the model sources it was
 * given (several inputs are merged into one model), evaluates the file's rules, and compares each
 * expectation with the rule's verdict and, when the case names them, with exactly the entities
 * that failed; a case's {@code check:} with what {@code invar check} would say of all the rules,
 * judged by the same {@link org.invar.report.judgement.FindingPolicy}. A case's params reach the adapters,
 * and the rules that declare them.
 *
 * <pre>{@code
 * RuleTestRunner runner = new RuleTestRunner(ModelSources.installed());
 * for (CaseResult r : runner.run(RuleTestReader.read(Path.of("availability.tests.yaml")))) {
 *     System.out.println((r.passed() ? "PASS " : "FAIL ") + r.testCase().name());
 * }
 * }</pre>
 */
public final class RuleTestRunner {
    private static final int SHOWN = 5;

    private final ModelSources sources;

    public RuleTestRunner(ModelSources sources) {
        this.sources = sources;
    }

    public List<CaseResult> run(RuleTestFile tests) {
        Map<Map<String, String>, RuleSet> compiled = new HashMap<>();
        List<CaseResult> results = new ArrayList<>();
        for (RuleTestCase c : tests.cases()) {
            results.add(run(tests, c, compiled));
        }
        return results;
    }

    private CaseResult run(RuleTestFile tests, RuleTestCase c, Map<Map<String, String>, RuleSet> compiled) {
        Model model;
        try {
            model = load(c);
        } catch (ModelLoadException | ModelException e) {
            return new CaseResult(tests, c, List.of(), Optional.of(e.getMessage()));
        } catch (IOException e) {
            return new CaseResult(tests, c, List.of(), Optional.of(c.position().error("cannot read an input: "
                    + e.getMessage())));
        } catch (UncheckedIOException e) {
            return new CaseResult(tests, c, List.of(), Optional.of(c.position().error("cannot read an input: "
                    + e.getCause().getMessage())));
        }
        Map<String, String> declared = declared(tests.rules(), c.params());
        RuleSet rules;
        try {
            rules = declared.isEmpty() ? tests.rules() : compiled.computeIfAbsent(declared, d -> compile(tests, d));
        } catch (RuleCompilationException e) {
            return new CaseResult(tests, c, List.of(), Optional.of(c.position().error("the case's params do not suit "
                    + "the rules: " + e.getMessage())));
        }
        Report report = rules.evaluate(model);
        List<String> mismatches = new ArrayList<>();
        for (Expectation e : c.expectations()) {
            compare(e, report.result(e.rule())).ifPresent(mismatches::add);
        }
        c.check().flatMap(check -> compare(check, report)).ifPresent(mismatches::add);
        return new CaseResult(tests, c, mismatches, Optional.empty());
    }

    private Model load(RuleTestCase c) throws IOException {
        if (c.inputs().size() == 1 && c.inputs().get(0) instanceof CaseInput.Inline inline) {
            return inline.model();
        }
        LoadOptions options = new LoadOptions(c.params(), Optional.empty(), Optional.empty());
        List<ModelInput> inputs = c.inputs().stream().map(i -> ModelInput.of(((CaseInput.File) i).path().toString()))
                .toList();
        return inputs.size() == 1 ? sources.read(inputs.get(0), options) : sources.readMerged(inputs, options);
    }

    /** The params the rules declare, from a case's params: those are rule params, the rest the adapters'. */
    private static Map<String, String> declared(RuleSet rules, Map<String, String> params) {
        Map<String, String> declared = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (rules.params().containsKey(name)) {
                declared.put(name, value);
            }
        });
        return declared;
    }

    private static RuleSet compile(RuleTestFile tests, Map<String, String> params) {
        RuleCompiler compiler = Invar.compiler().params(params);
        tests.ruleFiles().forEach(compiler::path);
        // A param value of the wrong type does not compile: the case says so (RuleCompilationException).
        return compiler.compile().ruleSet();
    }

    /** What is wrong with a rule's result, measured against an expectation; empty when it holds. */
    static Optional<String> compare(Expectation e, RuleResult r) {
        if (r.verdict() != e.verdict()) {
            return Optional.of(e.rule() + ": expected " + e.verdict().word() + ", got " + r.verdict().word()
                    + details(r));
        }
        if (e.failing().isPresent()) {
            SortedSet<String> failed = r.findings().stream().filter(f -> f.verdict() == Verdict.FAIL)
                    .map(f -> f.entity().id()).collect(Collectors.toCollection(TreeSet::new));
            if (!failed.equals(e.failing().get())) {
                return Optional.of(e.rule() + ": expected exactly " + e.failing().get() + " to fail, got " + failed);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a check of all the rules, judged as {@code invar check} judges it; empty when it says what was expected. */
    static Optional<String> compare(CheckExpectation e, Report report) {
        Judgement judgement = e.policy().judge(InputReport.model(report));
        if (judgement.fails() == e.fails()) {
            return Optional.empty();
        }
        String expected = "check: expected " + e.result() + " (" + e.policy() + "), got " + (e.fails() ? "pass" : "fail");
        if (e.fails()) {
            return Optional.of(expected + ": nothing counts");
        }
        List<Finding> counted = judgement.findings(report, Standing.COUNTS);
        String shown = counted.stream().limit(SHOWN).map(f -> f.rule() + " " + describe(f)).collect(Collectors.joining("; "));
        int more = counted.size() - SHOWN;
        return Optional.of(expected + ": " + shown + (more > 0 ? "; and " + more + " more" : ""));
    }

    /** The first findings, so a failing case says what the rule saw. */
    private static String details(RuleResult r) {
        if (r.findings().isEmpty()) {
            return r.verdict() == Verdict.SKIP ? " (nothing in scope)" : " (" + r.inScope() + " in scope)";
        }
        String shown = r.findings().stream().limit(SHOWN).map(RuleTestRunner::describe).collect(Collectors.joining("; "));
        int more = r.findings().size() - SHOWN;
        return ": " + shown + (more > 0 ? "; and " + more + " more" : "");
    }

    private static String describe(Finding f) {
        String entity = f.entity().id().equals("*") ? "every " + f.entity().kind() : f.entity().toString();
        return f.verdict().word() + " " + entity + " (" + f.reason().orElse(f.message()) + ")";
    }
}
