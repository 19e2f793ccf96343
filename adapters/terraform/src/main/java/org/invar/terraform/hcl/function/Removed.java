package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code list(...)} and {@code map(...)}: functions Terraform removed in 0.12, an error that says what replaces them. */
final class Removed extends BaseFunction {
    private final String instead;

    private Removed(String name, String instead) {
        super(name, List.of(), Param.any("vals").orNull().orUnknown());
        this.instead = instead;
    }

    static Removed list() {
        return new Removed("list", "tolist([ ... ])");
    }

    static Removed map() {
        return new Removed("map", "tomap({ ... })");
    }

    @Override
    public Value apply(List<Value> args) {
        throw new FunctionException("the \"" + name() + "\" function was deprecated in Terraform v0.12 and is no longer"
                + " available; use " + instead + " syntax to write a literal " + name());
    }
}
