package org.invar.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.invar.RuleSet;
import org.invar.model.Model;

/**
 * Assertions about one model. Say first what the assertion tolerates and why it exists, then
 * check: {@link #satisfies(String...)} and {@link #violates(String)} run at once and throw
 * {@link org.opentest4j.AssertionFailedError} with the whole story when they fail.
 *
 * <pre>{@code
 * assertThat(model)
 *         .because("we promised 99.9%")
 *         .satisfies("every az with alb_node has healthy_targets >= 1");
 * }</pre>
 *
 * fails with
 *
 * <pre>
 * Rule 'every az with alb_node has healthy_targets &gt;= 1' was violated (2 times) because we promised 99.9%:
 *   az us-east-1a (network.yml:12:3): az us-east-1a does not satisfy healthy_targets &gt;= 1 [alb_node = [alb/us-east-1a], healthy_targets = 0]
 *   az us-east-1b (network.yml:20:3): az us-east-1b does not satisfy healthy_targets &gt;= 1 [alb_node = [alb/us-east-1b], healthy_targets = 0]
 * </pre>
 *
 * <p>A rule fails the assertion when an entity violates it; when it could not be decided for an
 * entity (data was missing), unless {@link #allowingUnknown()}; and when nothing was in its scope,
 * unless {@link #allowingEmpty()}: a vacuous pass hides mistakes. Violations the entity's owners
 * suppressed do not fail it, but a failure lists them, and a passing check writes them to its
 * notes (standard output unless {@link #reportingTo(Consumer)}).
 *
 * <p>{@link #because(String)}, {@link #allowingEmpty()}, {@link #allowingUnknown()},
 * {@link #withParam(String, String)}, {@link #freezingViolationsIn(Path)} and
 * {@link #reportingTo(Consumer)} configure the checks that follow them; calling one after a check
 * has run is an {@link IllegalStateException}, since it could no longer change what was said.
 * An instance is meant for one test on one thread.
 */
public final class ModelAssert {
    private final Model model;
    private Optional<String> because = Optional.empty();
    private boolean allowEmpty;
    private boolean allowUnknown;
    private final Map<String, String> params = new LinkedHashMap<>();
    private Optional<Path> baseline = Optional.empty();
    private Consumer<String> notes = System.out::println;
    private boolean checked;

    ModelAssert(Model model) {
        this.model = model;
    }

    /** Why the rules must hold; failure messages show it after the rule ("... because we promised 99.9%:"). */
    public ModelAssert because(String reason) {
        configuring("because(...)");
        Objects.requireNonNull(reason, "reason");
        this.because = reason.isBlank() ? Optional.empty() : Optional.of(reason.strip());
        return this;
    }

    /** Lets a rule with nothing in its scope pass (it fails by default: a vacuous pass hides mistakes). */
    public ModelAssert allowingEmpty() {
        configuring("allowingEmpty()");
        this.allowEmpty = true;
        return this;
    }

    /** Lets a rule that could not be decided for some entities pass, as long as none violates it. */
    public ModelAssert allowingUnknown() {
        configuring("allowingUnknown()");
        this.allowUnknown = true;
        return this;
    }

    /**
     * Overrides a param that the rule text declares ({@code param min_azs = 3}). It applies to
     * rule text and rule files; a {@link RuleSet} was compiled with its params already.
     */
    public ModelAssert withParam(String name, String value) {
        configuring("withParam(...)");
        params.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Adopts the rules gradually: violations and unknown verdicts recorded in {@code baselineFile}
     * do not fail {@code satisfies}, new ones do. When the file does not exist, the check records
     * every current violation and unknown verdict in it and passes. Findings recorded there but
     * gone since are reported in the notes and removed from the file, so they cannot come back
     * unnoticed. To record the current findings anew (accepting new ones), delete the file and run
     * the test once.
     *
     * <p>An entry names the rule (its id; a bare invariant by its text), the entity (kind and id),
     * the verdict and the file the entity came from, relative to the baseline's folder: the same
     * logical id in another template is new. It is the command line's {@code --baseline} file.
     * Use one file per assertion: entries of rules the assertion does not check are kept as they are.
     */
    public ModelAssert freezingViolationsIn(Path baselineFile) {
        configuring("freezingViolationsIn(...)");
        this.baseline = Optional.of(Objects.requireNonNull(baselineFile, "baselineFile"));
        return this;
    }

    /** Where notes go: suppressed violations of passing rules, baselines recorded, violations fixed. */
    public ModelAssert reportingTo(Consumer<String> notes) {
        configuring("reportingTo(...)");
        this.notes = Objects.requireNonNull(notes, "notes");
        return this;
    }

    /**
     * Each string is rule text, as in a {@code .invar} file: a bare invariant, or {@code rule}
     * blocks with params and imports. Text that does not compile fails the assertion with every
     * diagnostic, its line and a caret.
     */
    public ModelAssert satisfies(String... rules) {
        checked = true;
        return check(RuleTexts.compile(List.of(rules), params));
    }

    /** The rules of {@code *.invar} files, or of directories searched for them. */
    public ModelAssert satisfies(Path... ruleFiles) {
        checked = true;
        return check(RuleTexts.compileFiles(List.of(ruleFiles), params));
    }

    /** Compiled rules, such as {@code Stdlib.rules()}. */
    public ModelAssert satisfies(RuleSet rules) {
        checked = true;
        Objects.requireNonNull(rules, "rules");
        if (!params.isEmpty()) {
            throw new IllegalStateException("withParam(...) applies to rule text; a RuleSet is compiled with its params"
                    + " already, for example Stdlib.rules(Map.of(\"min_azs\", \"2\"))");
        }
        return check(rules);
    }

    private ModelAssert check(RuleSet rules) {
        RuleChecks.requireRules(rules);
        CheckedRules result = RuleChecks.run(model, rules, options());
        result.notes().forEach(notes);
        result.failure().ifPresent(Failures::fail);
        return this;
    }

    /**
     * Passes when each rule in the text is violated by at least one entity (suppressed violations
     * do not count); fails when a rule held, had nothing in scope, or could not be decided. For
     * tests that show a rule catches what it is meant to catch.
     */
    public ModelAssert violates(String rule) {
        checked = true;
        if (baseline.isPresent()) {
            throw new IllegalStateException("freezingViolationsIn(...) applies to satisfies(...), not to violates(...)");
        }
        RuleSet rules = RuleTexts.compile(List.of(Objects.requireNonNull(rule, "rule")), params);
        RuleChecks.requireRules(rules);
        RuleChecks.run(model, rules, options()).notViolated().ifPresent(Failures::fail);
        return this;
    }

    Model model() {
        return model;
    }

    CheckOptions options() {
        return new CheckOptions(because, allowEmpty, allowUnknown, params, baseline, notes, CheckOptions.Switches.FLUENT);
    }

    private void configuring(String what) {
        if (checked) {
            throw new IllegalStateException(what + " comes before satisfies(...) and violates(...): "
                    + "it configures the checks that follow it, and one has run already");
        }
    }
}
