package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code yamlencode(value)}: the value as YAML, written as Terraform writes it ({@link YamlWriter}). */
final class YamlEncode extends BaseFunction {
    YamlEncode() {
        super("yamlencode", "yamlencode(value)", 1, 1);
    }

    @Override
    public Value apply(List<Value> args) {
        return encoded(args.get(0), YamlWriter::encode);
    }
}
