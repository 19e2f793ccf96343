package org.invar.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.invar.dsl.ast.Severity;
import org.invar.model.Model;
import org.invar.format.CheckRun;
import org.invar.format.CheckedInput;
import org.invar.format.FormatOptions;
import org.invar.format.ReportFormat;
import org.invar.format.ReportFormats;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.baseline.Baseline;
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
                    + "as suppressed and never fail the run. An unknown verdict (a rule that could not be decided "
                    + "for want of data) fails the run like a failure of its rule's severity; --allow-unknown lets it "
                    + "pass. A baseline (--write-baseline, then --baseline) accepts today's failures and unknown "
                    + "verdicts, matched by rule, entity kind, entity id and the input file they were found in: only "
                    + "new ones fail the run, and the ones fixed since are reported.",
            ""},
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  nothing at or above --fail-on failed or was unknown (see --allow-unknown)",
            "  1  a failure or unknown verdict at or above --fail-on, neither suppressed",
            "     nor in the baseline",
            "  2  a usage error, an unreadable input or baseline, rules that do not compile",
            "  3  an internal error"})
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    RuleOptions rules;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--merge", description = "Combine all inputs into one model and check that.")
    boolean merge;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, json, sarif, junit or another format on the class path (default: text).")
    ReportFormat format = ReportFormats.named("text").orElseThrow();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "critical, high, medium, low, info or never: the least severity of a failure or unknown "
                    + "verdict that makes the exit status 1 (default: low).")
    FindingPolicy failOn = FindingPolicy.failingAt(Severity.LOW);

    @Option(names = "--allow-unknown",
            description = "Let unknown verdicts pass: they are reported, with their reasons, but do not fail the run.")
    boolean allowUnknown;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Failures and unknown verdicts this baseline holds are reported but do not fail the run; "
                    + "its entries that no longer occur are reported as fixed.")
    Path baseline;

    @Option(names = "--baseline-path-map", paramLabel = "OLD=NEW",
            description = "A file or folder of the baseline's entries is now at NEW (paths as inputs are named). "
                    + "Repeatable. Without it a moved file's findings are new.")
    Map<String, String> pathMap = new LinkedHashMap<>();

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's failures and unknown verdicts (not suppressed, any severity) in FILE. "
                    + "Without --baseline, the run is judged against the baseline just written.")
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
        Optional<Baseline> accepted = accepted();
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
            Baseline today = Baseline.recording(writeBaseline, checked.stream().map(CheckedInput::judged).toList());
            Baselines.write(today);
            if (accepted.isEmpty()) {
                accepted = Optional.of(today);
            }
        }
        FindingPolicy policy = failOn.allowingUnknown(allowUnknown);
        CheckRun run = CheckRun.judged(checked, accepted.map(policy::withBaseline).orElse(policy));
        write(run);
        return run.judgement().fails() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The baseline of --baseline, with its files moved by --baseline-path-map; a format 1 file is a warning. */
    private Optional<Baseline> accepted() {
        if (baseline == null) {
            if (!pathMap.isEmpty()) {
                throw new ExitException(ExitCodes.USAGE, "--baseline-path-map moves the files of a baseline: "
                        + "give it with --baseline FILE");
            }
            return Optional.empty();
        }
        Baseline read = Baselines.read(baseline);
        if (read.unplaced()) {
            io.err().println(Baselines.unplacedWarning(baseline));
        }
        return Optional.of(pathMap.isEmpty() ? read : read.movingFiles(pathMap));
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

    private void write(CheckRun run) throws IOException {
        FormatOptions options = new FormatOptions(VersionProvider.version(), VersionProvider.informationUri(),
                Path.of(""), false);
        if (output == null) {
            format.write(io.out(), run, options.withColour(io.colour()));
            io.out().flush();
            return;
        }
        StringWriter text = new StringWriter();
        format.write(text, run, options);
        try {
            Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, output + ": error: cannot write the report: "
                    + IoErrors.describe(e));
        }
    }
}
