package org.invar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.spi.LoadOptions;
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
                    + "(a CloudFormation template, a Terraform plan or state, ...); the INPUT - reads standard input. "
                    + "Several inputs are checked one by one, each with its own report section.",
            "",
            "--param NAME=VALUE goes to the rules only when they declare param NAME (an override of a "
                    + "name no rule declares is not an error), and to the adapters always.",
            "",
            "--format json writes {\"violations\": [...], \"summary\": {...}} for one input, and "
                    + "{\"inputs\": [{\"input\": NAME, \"violations\": [...], \"summary\": {...}}, ...]} for several.",
            ""},
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  nothing at or above --fail-on failed (unknown verdicts do not fail a run)",
            "  1  a failure at or above --fail-on that is not suppressed",
            "  2  a usage error, an unreadable input, or rules that do not compile",
            "  3  an internal error"})
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    RuleOptions rules;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class,
            description = "text or json (default: text).")
    Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOn.Converter.class,
            description = "critical, high, medium, low, info or never: the least severity of a failure that "
                    + "makes the exit status 1 (default: low).")
    FailOn failOn = FailOn.LOW;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "What to check; - for standard input.")
    List<String> inputs = new ArrayList<>();

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        RuleSet ruleSet;
        if (RuleLoading.hasRules(rules)) {
            ruleSet = RuleLoading.compile(rules, inputOptions.params, io.err());
        } else {
            io.err().println("no rules to run: pass --rules PATH");
            ruleSet = Invar.compiler().compile().ruleSet();
        }
        LoadOptions options = inputOptions.loadOptions();
        ModelLoading loading = new ModelLoading(io.in());
        // Every input is checked before anything is written: an unreadable one leaves no half report.
        List<CheckedInput> checked = new ArrayList<>();
        for (String input : inputs) {
            Model model = loading.load(input, options);
            checked.add(new CheckedInput(input.equals("-") ? "<stdin>" : input, ruleSet.evaluate(model)));
        }
        write(checked);
        return failed(checked) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private boolean failed(List<CheckedInput> checked) {
        return checked.stream().flatMap(c -> c.report().violations().stream()).anyMatch(this::counts);
    }

    private void write(List<CheckedInput> checked) throws IOException {
        if (output == null) {
            render(io.out(), checked, Style.of(io.colour()));
            return;
        }
        StringWriter text = new StringWriter();
        render(text, checked, Style.PLAIN);
        try {
            Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, output + ": error: cannot write the report: "
                    + IoErrors.describe(e));
        }
    }

    private void render(Writer out, List<CheckedInput> checked, Style style) throws IOException {
        if (format == Format.JSON) {
            JsonReport.write(out, checked);
        } else {
            PrintWriter writer = out instanceof PrintWriter p ? p : new PrintWriter(out);
            TextReport.write(writer, checked, style);
        }
    }

    /** Whether a failure counts toward the exit status: not suppressed, and at or above --fail-on. */
    private boolean counts(Finding f) {
        return !f.isSuppressed() && failOn.fails(f.severity());
    }
}
