package org.invar.terraform.hcl.function;

import java.nio.file.Path;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code templatefile(path, vars)} and {@code templatestring(template, vars)}: a template
 * rendered with only {@code vars} in scope (a map or object; a key that is no name is never
 * referred to). A template whose value is null is an error. The file is
 * read as the other file functions read theirs. Inside a template, neither may be called again,
 * as in Terraform. The evaluator calls {@link #render}, giving the means to evaluate.
 */
public final class Template extends BaseFunction {
    private final Path base;

    private Template(String name, Param source, Path base) {
        super(name, source, Param.any("vars"));
        this.base = base;
    }

    static Template file(Path base) {
        return new Template("templatefile", Param.string("path"), base);
    }

    static Template string() {
        return new Template("templatestring", Param.string("template"), null);
    }

    @Override
    public Value apply(List<Value> args) {
        throw new IllegalStateException(name() + " is rendered by the evaluator");
    }

    /** The rendered template; {@code origin} names a templatestring's template in errors. */
    public Value render(List<Value> args, TemplateRenderer renderer, String origin) {
        Value vars = Values.force(args.get(1));
        if (!(vars instanceof Value.Obj o)) {
            throw new FunctionException(1, "invalid value for \"vars\" parameter: vars must be a map or an object, not "
                    + Values.kind(vars));
        }
        String source = text(args.get(0));
        if (base == null) {
            return renderer.render(origin, source, o.attributes());
        }
        Path path = Files.resolve(base, source);
        String text = Utf8.decode(Files.read(path, source), 0, "contents of \"" + source + "\" are not valid UTF-8");
        return renderer.render(source, text, o.attributes());
    }

    /** Whether it renders a template file, rather than a string. */
    public boolean fromFile() {
        return base != null;
    }

    /** What a template gets for this function: an error, as Terraform refuses to render templates in templates. */
    HclFunction insideTemplate() {
        return new BaseFunction(name(), usage(), 2, 2) {
            @Override
            public Value apply(List<Value> args) {
                throw new FunctionException("cannot recursively call " + name() + " from inside a templatefile or"
                        + " templatestring call");
            }
        };
    }
}
