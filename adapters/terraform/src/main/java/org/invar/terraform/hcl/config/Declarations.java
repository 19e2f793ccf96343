package org.invar.terraform.hcl.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.model.Suppression;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.Pos;

/**
 * What one module directory declares: its variables, locals, resources and data sources, module
 * calls and outputs, each with where it is.
 *
 * @param dir the module's directory
 * @param awsRegion the {@code region} of its default {@code provider "aws"} block, or null
 */
public record Declarations(Path dir, Map<String, Variable> variables, Map<String, Local> locals,
                           Map<String, Resource> resources, Map<String, ModuleCall> calls,
                           Map<String, Output> outputs, Expr awsRegion, List<String> notes) {

    /**
     * {@code variable "name" { default = ..., type = ..., nullable = ... }}: {@code type} the name of
     * its type's keyword or constructor ({@code list}), {@code typeExpression} the whole of it, or
     * null without one; {@code nullable} null when not set (Terraform's default, true).
     */
    public record Variable(String name, Expr defaultValue, String type, Expr typeExpression, Expr nullable, Pos pos) {
    }

    public record Local(String name, Expr value, Pos pos) {
    }

    /**
     * A {@code resource} or {@code data} block: its body without the meta-arguments, its
     * {@code count} or {@code for_each} (null when absent), and the suppressions of its comments.
     */
    public record Resource(boolean data, String type, String name, Body body, Expr count, Expr forEach,
                           List<Suppression> suppressions, Pos pos) {
        /** Its address in the module: {@code aws_subnet.a}, {@code data.aws_vpc.main}. */
        public String local() {
            return (data ? "data." : "") + type + "." + name;
        }
    }

    /** A {@code module} block: its source as written, its arguments, and its {@code count} or {@code for_each}. */
    public record ModuleCall(String name, String source, Pos sourcePos, Map<String, Body.Attribute> arguments,
                             Expr count, Expr forEach, Pos pos) {
    }

    public record Output(String name, Expr value, Pos pos) {
    }
}
