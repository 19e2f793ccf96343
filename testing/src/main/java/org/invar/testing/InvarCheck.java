package org.invar.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks a rule directory against an input in one line: the annotated method becomes a test per
 * rule, named after the rule, which fails with the rule's failure message (as
 * {@link ModelAssert#satisfies(String...)} words it). The method body runs after a rule passed,
 * for further assertions; it may be empty, and may take the {@link org.invar.model.Model} and
 * the rule's {@link org.invar.report.RuleResult} as parameters.
 *
 * <pre>{@code
 * class InfrastructureTest {
 *     @InvarCheck(rules = "src/main/invar", input = "infra/app.yml")
 *     void invariantsHold() {
 *     }
 *
 *     @InvarCheck(stdlib = true, input = "infra/app.yml", params = "TaskCount=2", allowEmpty = true,
 *             because = "we promised 99.9%")
 *     void standardRulesHold() {
 *     }
 * }
 * }</pre>
 *
 * Paths are relative to the working directory, which Maven and Gradle set to the module's
 * directory. Rules that do not compile, or an input that cannot be read, fail the whole method
 * with the diagnostics. Notes (a baseline recorded, violations fixed, suppressed violations) are
 * published as report entries under the key {@code invar}.
 *
 * @see InvarTests#dynamicTests(java.nio.file.Path, java.nio.file.Path) for the same from a {@code @TestFactory}
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(InvarCheckExtension.class)
public @interface InvarCheck {
    /** Rule files ({@code *.invar}) and directories searched for them. */
    String[] rules() default {};

    /** Whether the standard library ({@code Stdlib.rules()}) is checked too, after {@link #rules()}. */
    boolean stdlib() default false;

    /** The input: a CloudFormation template, a Terraform plan or state, a model file. Several are merged into one model. */
    String[] input();

    /**
     * {@code NAME=VALUE}: template parameters and Terraform variables, and overrides of params the
     * rules declare (as the command line's {@code --param}).
     */
    String[] params() default {};

    /** Why the rules must hold, shown in failure messages. */
    String because() default "";

    /** Lets a rule with nothing in scope pass. */
    boolean allowEmpty() default false;

    /** Lets a rule that could not be decided for some entities pass, as long as none violates it. */
    boolean allowUnknown() default false;

    /** A baseline file; see {@link ModelAssert#freezingViolationsIn(java.nio.file.Path)}. Empty: none. */
    String baseline() default "";
}
