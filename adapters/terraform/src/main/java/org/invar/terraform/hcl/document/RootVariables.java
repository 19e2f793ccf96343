package org.invar.terraform.hcl.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.config.DeclarationReader;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Evaluator;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.module.VariableInput;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.HclFile;
import org.invar.terraform.hcl.syntax.HclSyntax;
import org.invar.terraform.hcl.value.Value;

/**
 * The root module's variable values, in Terraform's order of precedence, later wins: the
 * variable's default (applied by the module itself), {@code terraform.tfvars},
 * {@code *.auto.tfvars} in name order, then the values given through the API or
 * {@code --param}. A {@code --param} value is text: for a variable of type number, bool, list,
 * map, object, set or tuple it is read as an HCL expression, as Terraform reads {@code -var}.
 */
final class RootVariables {
    private RootVariables() {
    }

    static Map<String, VariableInput> of(Declarations root, String display, Map<String, String> params,
                                           List<String> notes) throws IOException {
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Pos> written = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        Path tfvars = root.dir().resolve("terraform.tfvars");
        if (Files.isRegularFile(tfvars)) {
            files.add(tfvars);
        }
        files.addAll(DeclarationReader.files(root.dir(), ".auto.tfvars"));
        if (!DeclarationReader.files(root.dir(), ".tfvars.json").isEmpty()) {
            notes.add(display + ": .tfvars.json files are not read, only .tfvars files");
        }
        Evaluator evaluator = new Evaluator(Functions.standard());
        Scope none = new Scope(n -> null);
        for (Path f : files) {
            HclFile file = DeclarationReader.parse(f, display + "/" + f.getFileName());
            if (!file.body().blocks().isEmpty()) {
                Body.Block b = file.body().blocks().get(0);
                throw ModelLoadException.at(b.pos().file(), b.pos().line(), b.pos().column(),
                        "a variables file holds only NAME = VALUE lines, not blocks");
            }
            for (Body.Attribute a : file.body().attributes()) {
                if (!root.variables().containsKey(a.name())) {
                    notes.add(a.pos() + ": no variable " + a.name() + " is declared; the value is not used");
                    continue;
                }
                try {
                    values.put(a.name(), evaluator.eval(a.value(), none));
                    written.put(a.name(), a.value().pos());
                } catch (EvalException e) {
                    throw e.toLoadError();
                }
            }
        }
        params.forEach((name, text) -> {
            Declarations.Variable v = root.variables().get(name);
            if (v == null) {
                notes.add(display + ": --param " + name + " names no variable of this configuration; not used");
                return;
            }
            values.put(name, param(name, text, v.type()));
            written.remove(name);
        });
        Map<String, VariableInput> out = new LinkedHashMap<>();
        values.forEach((n, v) -> out.put(n, new VariableInput(() -> v, written.get(n))));
        return out;
    }

    private static Value param(String name, String text, String type) {
        if (type == null || type.equals("string") || type.equals("any")) {
            return new Value.Str(text);
        }
        try {
            return new Evaluator(Functions.standard()).eval(HclSyntax.expression("--param " + name, text),
                    new Scope(n -> null));
        } catch (EvalException e) {
            throw new ModelLoadException("--param " + name + ": error: " + e.getMessage());
        } catch (ModelLoadException e) {
            throw new ModelLoadException("--param " + name + "=" + text + ": error: not a value of type " + type
                    + " (" + e.getMessage() + ")");
        }
    }
}
