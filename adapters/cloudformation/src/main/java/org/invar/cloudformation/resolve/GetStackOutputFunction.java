package org.invar.cloudformation.resolve;

import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;

/**
 * {@code Fn::GetStackOutput {StackName, OutputName, Region, RoleArn}}: an output of another
 * stack, possibly in another account or region, read at deploy time. When stack and output are
 * named, the value is an {@link Symbol.External} with id {@code stack-output:<stack>/<output>},
 * so the same output used twice is the same entity in the model; its facts are unknown unless
 * the stack it names is among the inputs merged, with its name given (see map's Exports).
 */
final class GetStackOutputFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        if (!(arg instanceof Node.Mapping m) || m.get("StackName").isEmpty() || m.get("OutputName").isEmpty()) {
            throw TemplateSyntax.error(r.scope().file(), pos,
                    "Fn::GetStackOutput takes a mapping with StackName and OutputName (and optionally Region and RoleArn)");
        }
        Val stack = r.resolve(m.get("StackName").orElseThrow());
        Val output = r.resolve(m.get("OutputName").orElseThrow());
        String stackName = literal(stack);
        String outputName = literal(output);
        if (stackName == null || outputName == null) {
            return Val.unknown("Fn::GetStackOutput of a stack or output whose name is not known");
        }
        return Val.symbol(new Symbol.External("stack-output:" + stackName + "/" + outputName,
                "Fn::GetStackOutput " + stackName + "." + outputName + " is another stack's output, read at deploy time"));
    }

    private static String literal(Val v) {
        return v instanceof Val.Str s ? s.literal().orElse(null) : null;
    }
}
