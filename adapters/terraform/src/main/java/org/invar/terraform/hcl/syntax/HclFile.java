package org.invar.terraform.hcl.syntax;

import java.util.List;

/** A parsed {@code .tf} (or {@code .tfvars}) file: its body and its comments, for suppressions. */
public record HclFile(String file, Body body, List<Comment> comments) {
    /** A comment's text without its {@code #}, {@code //} or {@code /* *}{@code /} marks. */
    public record Comment(String text, Pos pos) {
    }
}
