package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code yamlencode(value)}: the value as YAML, written as Terraform writes it ({@link YamlWriter}). */
final class YamlEncode extends BaseFunction {
    YamlEncode() {
        super("yamlencode", "yamlencode(value)", 1, 1);
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (v.hasUnknown()) {
            return Values.unknown(List.of(v));
        }
        return new Value.Str(YamlWriter.encode(v));
    }
}
