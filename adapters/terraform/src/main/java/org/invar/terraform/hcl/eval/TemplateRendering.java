package org.invar.terraform.hcl.eval;

import java.util.Map;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.function.TemplateRenderer;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.HclSyntax;
import org.invar.terraform.hcl.value.Value;

/**
 * Renders templates for templatefile and templatestring: parsed as a template, evaluated with
 * only the given variables in scope (a name not among them is an error at its place in the
 * template, naming the variables there are), with the functions that may be called there.
 */
final class TemplateRendering implements TemplateRenderer {
    private final Functions functions;

    TemplateRendering(Functions functions) {
        this.functions = functions.insideTemplates();
    }

    @Override
    public Value render(String file, String text, Map<String, Value> vars) {
        Expr.Template template = HclSyntax.template(file, text);
        Scope scope = new Scope(vars::get, name -> "vars map does not contain key \"" + name + "\"; the template"
                + " can use " + (vars.isEmpty() ? "no variables (vars is empty)" : String.join(", ", vars.keySet()))
                + "; add it to the vars argument");
        Value v = new Evaluator(functions).eval(template, scope);
        if (v instanceof Value.Null) {
            throw new EvalException(template.pos(), "the result of the template is null, which is not a valid"
                    + " result for a template; make it a string, e.g. with coalesce(value, \"\")", true);
        }
        return v;
    }
}
