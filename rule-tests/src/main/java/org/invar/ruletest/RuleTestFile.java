package org.invar.ruletest;

import java.nio.file.Path;
import java.util.List;
import org.invar.RuleSet;

/**
 * A rule test file, read and checked: the rule files it loads, those rules compiled as written,
 * and its cases. Cases' params already include the file's own.
 *
 * <pre>{@code
 * RuleTestFile tests = RuleTestReader.read(Path.of("rules/availability.tests.yaml"));
 * List<CaseResult> results = new RuleTestRunner(ModelSources.installed()).run(tests);
 * }</pre>
 */
public record RuleTestFile(Path file, List<Path> ruleFiles, RuleSet rules, List<RuleTestCase> cases) {
    public RuleTestFile {
        ruleFiles = List.copyOf(ruleFiles);
        cases = List.copyOf(cases);
    }
}
