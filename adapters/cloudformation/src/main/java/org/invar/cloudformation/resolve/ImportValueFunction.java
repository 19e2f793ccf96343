package org.invar.cloudformation.resolve;

import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * {@code Fn::ImportValue name}: another stack's export, known only at deploy time. When the
 * name is known, the value is an {@link Symbol.External} with id {@code import:<name>}, so the
 * same import used twice is the same entity (a subnet, a listener) in the model.
 */
final class ImportValueFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        Val name = r.resolve(arg);
        if (name instanceof Val.Str s && s.literal().isPresent()) {
            String export = s.literal().get();
            return Val.symbol(new Symbol.External("import:" + export,
                    "Fn::ImportValue " + export + " is resolved at deploy time"));
        }
        String why = name instanceof Val.Unknown u ? u.reason()
                : name instanceof Val.Str s ? s.unknownReason().orElse("") : "not a string";
        return Val.unknown("Fn::ImportValue of an export whose name is not known (" + why + ")");
    }
}
