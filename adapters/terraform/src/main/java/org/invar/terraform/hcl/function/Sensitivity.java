package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code sensitive(value)}, {@code nonsensitive(value)}, {@code ephemeralasnull(value)} and
 * {@code issensitive(value)}: invar does not hide values, so the first three give their
 * argument (ephemeral values are not modelled either) and {@code issensitive} is false.
 */
final class Sensitivity extends BaseFunction {
    private final boolean test;

    private Sensitivity(String name, boolean test) {
        super(name, Param.any("value").orNull().orUnknown());
        this.test = test;
    }

    static List<Sensitivity> all() {
        return List.of(new Sensitivity("sensitive", false), new Sensitivity("nonsensitive", false),
                new Sensitivity("ephemeralasnull", false), new Sensitivity("issensitive", true));
    }

    @Override
    public Value apply(List<Value> args) {
        return test ? new Value.Bool(false) : args.get(0);
    }
}
