package org.invar.cloudformation.resolve;

import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * {@code Fn::GetAZs region}: the AZs of a region, a list of unknown length. For the stack's own
 * region ({@code ""} or {@code !Ref AWS::Region}) when it is not known, element i is the
 * symbolic AZ {@code az-(i+1)} ({@link Symbol.SymbolicAz}); for a known region, the usual names
 * {@code us-east-1a}, {@code us-east-1b}, ...
 */
final class GetAzsFunction implements Intrinsic {
    private static final int MAX_AZS = 26;

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        Val region = r.resolve(arg);
        String name;
        if (region instanceof Val.Null || region instanceof Val.Str s && s.literal().map(String::isEmpty).orElse(false)
                || region instanceof Val.Str p && p.soleSymbol().orElse(null) instanceof Symbol.Pseudo ps
                        && ps.name().equals("AWS::Region")) {
            name = r.scope().region().name().orElse(null);
        } else if (region instanceof Val.Str s && s.literal().isPresent()) {
            name = s.literal().get();
        } else {
            return Val.unknown("the region of Fn::GetAZs is not known");
        }
        String reason = "the number of AZs in " + (name == null ? "the region" : name) + " is not known";
        String what = "Fn::GetAZs " + (name == null ? "of the stack's region" : name);
        return new Val.OpenList(what, i -> {
            if (i >= MAX_AZS) {
                throw r.error(pos, "no region has " + (i + 1) + " AZs");
            }
            return name == null ? Val.symbol(new Symbol.SymbolicAz(i)) : Val.text(Region.azName(name, i));
        }, reason);
    }
}
