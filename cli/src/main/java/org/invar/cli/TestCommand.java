package org.invar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invar.format.Style;
import org.invar.ruletest.CaseResult;
import org.invar.ruletest.RuleTestException;
import org.invar.ruletest.RuleTestFile;
import org.invar.ruletest.RuleTestFiles;
import org.invar.ruletest.RuleTestReader;
import org.invar.ruletest.RuleTestRunner;
import org.invar.spi.ModelSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code invar test}: runs rule tests and prints a line per case and a summary:
 *
 * <pre>
 * PASS  rules/azs.tests.yaml:3:5  one task over two zones fails
 * FAIL  rules/azs.tests.yaml:9:5  two tasks cover both zones
 *       azs-have-targets: expected pass, got fail: fail az us-east-1a (...)
 * 1 passed, 1 failed
 * </pre>
 *
 * Every test file is read and checked before any case runs; bad ones are all reported, with
 * {@code file:line:col}, and nothing runs. A case whose input does not load is an {@code ERROR}.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Run rule tests: YAML files of inputs and expected verdicts next to the rules.", "",
            "PATH is a test file, or a directory searched for *.tests.yaml and *.tests.yml files. A test file "
                    + "names its rule files (rules: [...], default: the .invar files of its directory) and its "
                    + "cases: an input (input: FILE, inputs: [FILE, ...] merged, or an inline model: {...}), "
                    + "params, and the verdict each rule must give (fail, pass, unknown, skip), optionally with "
                    + "exactly the entities that fail. See cli/README.md.", ""},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every case passed", "  1  a case failed",
            "  2  a usage error, a bad test file (file:line:col on standard error), or a case whose input "
                    + "does not load"})
final class TestCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A rule test file, or a directory of them.")
    List<Path> paths = new ArrayList<>();

    TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<RuleTestFile> files = read(find());
        Style style = Style.of(io.colour());
        RuleTestRunner runner = new RuleTestRunner(ModelSources.installed());
        int passed = 0;
        int failed = 0;
        boolean error = false;
        for (RuleTestFile file : files) {
            for (CaseResult r : runner.run(file)) {
                String where = r.testCase().position().toString();
                if (r.passed()) {
                    passed++;
                    io.out().println(style.green("PASS") + "  " + where + "  " + r.testCase().name());
                    continue;
                }
                failed++;
                error |= r.error().isPresent();
                io.out().println((r.error().isPresent() ? style.red("ERROR") + " " : style.red("FAIL") + "  ")
                        + where + "  " + r.testCase().name());
                r.mismatches().forEach(m -> io.out().println("      " + m));
                r.error().ifPresent(e -> e.lines().forEach(line -> io.out().println("      " + line)));
            }
        }
        io.out().println(passed + " passed, " + failed + " failed");
        io.out().flush();
        return error ? ExitCodes.USAGE : failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private List<Path> find() {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ExitException(ExitCodes.USAGE, path + ": error: no such file or directory");
            }
            List<Path> found = RuleTestFiles.find(path);
            if (found.isEmpty()) {
                throw new ExitException(ExitCodes.USAGE, path + ": error: no rule tests here (*.tests.yaml, *.tests.yml)");
            }
            found.stream().filter(p -> !files.contains(p)).forEach(files::add);
        }
        return files;
    }

    /** Every file read and checked; all problems of all files reported together, then status 2. */
    private static List<RuleTestFile> read(List<Path> paths) {
        List<RuleTestFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.add(RuleTestReader.read(p));
            } catch (RuleTestException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ExitException(ExitCodes.USAGE, String.join("\n", problems));
        }
        return files;
    }
}
