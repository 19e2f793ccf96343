package org.invar.cloudformation.resolve;

import java.util.Set;
import java.util.TreeSet;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.template.PseudoParameters;
import org.invar.cloudformation.template.Resource;
import org.invar.model.Suggestions;

/**
 * {@code Ref}: a pseudo parameter, a parameter's value, or a resource's physical id (a
 * {@link Symbol.ResourceRef}, which the mapping turns into a link to the resource's entity).
 */
final class RefFunction implements Intrinsic {
    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        return ref(r, Args.name(r.scope(), arg, "Ref"), arg.pos());
    }

    static Val ref(Resolver r, String name, Pos pos) {
        StackScope scope = r.scope();
        if (name.startsWith("AWS::")) {
            return pseudo(scope, name, pos, r);
        }
        Val param = scope.parameters().get(name);
        if (param != null) {
            return param;
        }
        Resource resource = scope.template().resources().get(name);
        if (resource != null) {
            return Val.symbol(new Symbol.ResourceRef(scope.entityId(name), resource.type()));
        }
        Set<String> names = new TreeSet<>(scope.parameters().keySet());
        names.addAll(scope.template().resources().keySet());
        throw r.error(pos, "Ref to " + name + ", which is not a parameter or resource of this template"
                + Suggestions.didYouMean(name, names));
    }

    private static Val pseudo(StackScope scope, String name, Pos pos, Resolver r) {
        String region = scope.region().name().orElse(null);
        return switch (name) {
            case "AWS::NoValue" -> Val.NoValue.INSTANCE;
            case "AWS::Region" -> region != null ? Val.text(region) : Val.symbol(new Symbol.Pseudo(name));
            case "AWS::Partition" -> region != null ? Val.text(Region.partition(region)) : Val.symbol(new Symbol.Pseudo(name));
            case "AWS::URLSuffix" -> region != null ? Val.text(Region.urlSuffix(region)) : Val.symbol(new Symbol.Pseudo(name));
            case "AWS::NotificationARNs" -> Val.unknown("AWS::NotificationARNs is known only at deploy time");
            case "AWS::StackName" -> scope.stackName().<Val>map(Val::text)
                    .orElseGet(() -> Val.symbol(new Symbol.Pseudo(name)));
            case "AWS::AccountId", "AWS::StackId" -> Val.symbol(new Symbol.Pseudo(name));
            default -> throw r.error(pos, "unknown pseudo parameter " + name + Suggestions.didYouMean(name, PseudoParameters.NAMES));
        };
    }
}
