package org.invar.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.baseline.BaselineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code invar check}: evaluates rules over each input and reports what failed. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Check rules over each INPUT and report failures and unknowns.",
            "",
            "INPUT is a model JSON file (\"invar_model\": 1), or whatever an adapter on the class path reads "
                    + "(a CloudFormation template, a Terraform plan or state, a directory of .tf files, aws:...); "
                    + "the INPUT - reads standard input. "
                    + "Several inputs are checked one by one, each with its own report section; --merge checks "
                    + "them as one model (a network template and a service template), a template's imports "
                    + "linked to the exports of the others.",
            "",
            "--param NAME=VALUE goes to the rules only when they declare param NAME (an override of a "
                    + "name no rule declares is not an error), and to the adapters always.",
            "",
            "--format json writes {\"violations\": [...], \"summary\": {...}} for one input, and "
                    + "{\"inputs\": [{\"input\": NAME, \"violations\": [...], \"summary\": {...}}, ...]} for several; "
                    + "sarif writes SARIF 2.1.0 for code scanning; junit writes JUnit XML, a test case per rule.",
            "",
            "Suppressed failures (CloudFormation Metadata: {invar: {suppress: [{rule, reason}]}}; in .tf files a comment "
                    + "# invar:suppress RULE-ID reason on the resource) are listed "
                    + "as suppressed and never fail the run. A baseline (--write-baseline, then --baseline) "
                    + "accepts today's failures, matched by rule, entity kind and entity id: only new ones fail "
                    + "the run, and the ones fixed since are reported.",
            ""},
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  nothing at or above --fail-on failed (unknown verdicts do not fail a run)",
            "  1  a failure at or above --fail-on that is not suppressed and not in the baseline",
            "  2  a usage error, an unreadable input or baseline, or rules that do not compile",
            "  3  an internal error"})
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    RuleOptions rules;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--merge", description = "Combine all inputs into one model and check that.")
    boolean merge;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class,
            description = "text, json, sarif or junit (default: text).")
    Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOn.Converter.class,
            description = "critical, high, medium, low, info or never: the least severity of a failure that "
                    + "makes the exit status 1 (default: low).")
    FailOn failOn = FailOn.LOW;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Failures this baseline holds are reported but do not fail the run; its entries that "
                    + "no longer fail are reported as fixed.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's failures (not suppressed, any severity) in FILE. Without --baseline, "
                    + "the run is judged against the baseline just written.")
    Path writeBaseline;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "What to check; - for standard input.")
    List<String> inputs = new ArrayList<>();

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        List<BaselineEntry> accepted = baseline == null ? null : Baselines.read(baseline);
        PendingRules ruleSet;
        if (RuleLoading.hasRules(rules)) {
            ruleSet = PendingRules.start(rules, inputOptions.params, io.err());
        } else {
            io.err().println("no rules to run: pass --rules PATH, or drop --no-stdlib");
            ruleSet = PendingRules.start(rules, Map.of(), io.err());
        }
        // Every input is checked before anything is written: an unreadable one leaves no half report.
        List<CheckedInput> checked = check(ruleSet);
        if (writeBaseline != null) {
            List<BaselineEntry> today = Baselines.today(checked);
            Baselines.write(writeBaseline, today);
            if (accepted == null) {
                accepted = today;
            }
        }
        Optional<BaselineComparison> comparison = Optional.ofNullable(accepted)
                .map(entries -> BaselineComparison.of(entries, checked));
        CheckRun run = new CheckRun(checked, comparison);
        write(run);
        return failed(run) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private List<CheckedInput> check(PendingRules ruleSet) {
        inputOptions.checkStackNames(inputs);
        ModelLoading loading = new ModelLoading(io.in(), io.err());
        List<CheckedInput> checked = new ArrayList<>();
        if (merge) {
            Model model = load(ruleSet, () -> loading.loadMerged(inputs, inputOptions::loadOptions));
            String name = String.join(", ", inputs.stream().map(CheckedInput::displayName).toList());
            checked.add(new CheckedInput(name, inputs, ruleSet.get().evaluate(model)));
            return checked;
        }
        for (String input : inputs) {
            Model model = load(ruleSet, () -> loading.load(input, inputOptions.loadOptions(input)));
            checked.add(CheckedInput.single(input, ruleSet.get().evaluate(model)));
        }
        return checked;
    }

    /** Loads while the rules compile; a rule that does not compile is reported before a bad input. */
    private static Model load(PendingRules ruleSet, java.util.function.Supplier<Model> loading) {
        try {
            return loading.get();
        } catch (RuntimeException e) {
            throw ruleSet.failFirst(e);
        }
    }

    private boolean failed(CheckRun run) {
        for (CheckedInput input : run.inputs()) {
            for (Finding f : input.report().violations()) {
                if (counts(run, input, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a failure counts toward the exit status: not suppressed, not in the baseline, at or above --fail-on. */
    private boolean counts(CheckRun run, CheckedInput input, Finding f) {
        return !f.isSuppressed() && !run.inBaseline(input, f) && failOn.fails(f.severity());
    }

    private void write(CheckRun run) throws IOException {
        if (output == null) {
            reporter(Style.of(io.colour())).write(io.out(), run);
            io.out().flush();
            return;
        }
        StringWriter text = new StringWriter();
        reporter(Style.PLAIN).write(text, run);
        try {
            Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, output + ": error: cannot write the report: "
                    + IoErrors.describe(e));
        }
    }

    private Reporter reporter(Style style) {
        return switch (format) {
            case TEXT -> new TextReport(style);
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport(VersionProvider.version(), VersionProvider.informationUri(),
                    new SarifLocations(Path.of("").toAbsolutePath()));
            case JUNIT -> new JunitReport();
        };
    }
}
