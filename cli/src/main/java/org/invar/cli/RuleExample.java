package org.invar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.invar.report.Verdict;
import org.invar.ruletest.CaseInput;
import org.invar.ruletest.Expectation;
import org.invar.ruletest.RuleTestCase;
import org.invar.ruletest.RuleTestException;
import org.invar.ruletest.RuleTestFile;
import org.invar.ruletest.RuleTestFiles;
import org.invar.ruletest.RuleTestReader;

/**
 * An example of a rule failing, for {@code invar explain}: the first case, in the rule tests next
 * to the rules, that expects the rule to fail. Test files that cannot be read are passed over:
 * {@code invar test} is where they are reported.
 *
 * @param input what the case checks: its input paths joined by " + ", or an inline model's place
 * @param testCase the case, for its name and position
 */
record RuleExample(String input, RuleTestCase testCase) {

    /** Looks in the directories of the rule paths (a file's own directory) and of the rule's file. */
    static Optional<RuleExample> find(String ruleId, List<Path> rulePaths, String ruleFile) {
        List<Path> dirs = new ArrayList<>();
        for (Path p : rulePaths) {
            dirs.add(Files.isDirectory(p) ? p : parent(p));
        }
        dirs.add(parent(Path.of(ruleFile)));
        for (Path testFile : RuleTestFiles.findAll(dirs)) {
            Optional<RuleTestFile> tests = read(testFile);
            if (tests.isEmpty()) {
                continue;
            }
            for (RuleTestCase c : tests.get().cases()) {
                for (Expectation e : c.expectations()) {
                    if (e.rule().equals(ruleId) && e.verdict() == Verdict.FAIL) {
                        String input = c.inputs().stream().map(CaseInput::describe).collect(Collectors.joining(" + "));
                        return Optional.of(new RuleExample(input, c));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Path parent(Path p) {
        Path parent = p.toAbsolutePath().normalize().getParent();
        Path cwd = Path.of("").toAbsolutePath();
        return parent.startsWith(cwd) ? cwd.relativize(parent) : parent;
    }

    private static Optional<RuleTestFile> read(Path file) {
        try {
            return Optional.of(RuleTestReader.read(file));
        } catch (RuleTestException e) {
            return Optional.empty();
        }
    }
}
