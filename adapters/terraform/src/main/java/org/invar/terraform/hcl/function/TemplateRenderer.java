package org.invar.terraform.hcl.function;

import java.util.Map;
import org.invar.terraform.hcl.value.Value;

/** Renders a template's text with the variables it is given; what the evaluator lends the template functions. */
public interface TemplateRenderer {
    /**
     * The template's value (a string, or the value of a lone interpolation); {@code file} names
     * it in errors, which are at their line and column in it.
     */
    Value render(String file, String text, Map<String, Value> vars);
}
