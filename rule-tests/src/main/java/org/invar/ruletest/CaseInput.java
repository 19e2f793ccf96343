package org.invar.ruletest;

import java.nio.file.Path;
import org.invar.model.Model;

/**
 * What a case checks: a file any model source on the class path reads (a CloudFormation
 * template, a Terraform plan, a model JSON file), or a model written inline in the test file.
 */
public sealed interface CaseInput permits CaseInput.File, CaseInput.Inline {

    /** Where the test file names it. */
    SourcePosition position();

    /** How a report names it: the path, or {@code inline model at FILE:LINE:COL}. */
    String describe();

    /** A file, resolved against the test file's directory. */
    record File(Path path, SourcePosition position) implements CaseInput {
        @Override
        public String describe() {
            return path.toString();
        }
    }

    /** A model written in the test file in the model file format, already read. */
    record Inline(Model model, SourcePosition position) implements CaseInput {
        @Override
        public String describe() {
            return "inline model at " + position;
        }
    }
}
