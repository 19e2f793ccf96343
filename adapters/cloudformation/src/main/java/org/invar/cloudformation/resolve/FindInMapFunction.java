package org.invar.cloudformation.resolve;

import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.model.Suggestions;

/**
 * {@code Fn::FindInMap [map, topKey, secondKey]}, with the optional fourth argument
 * {@code {DefaultValue: v}} of the language extensions. A key that is not known makes the value
 * unknown; a key that is known and missing is an error, as CloudFormation would fail too.
 */
final class FindInMapFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        List<Node> args = Args.list(r.scope(), arg, "Fn::FindInMap", 3, 4);
        Node fallback = null;
        if (args.size() == 4) {
            if (!(args.get(3) instanceof Node.Mapping m) || m.get("DefaultValue").isEmpty()) {
                throw r.error(args.get(3).pos(), "the fourth argument of Fn::FindInMap must be {DefaultValue: ...}");
            }
            fallback = m.get("DefaultValue").get();
        }
        Node current = r.scope().template().mappings();
        String path = "Mappings";
        for (int i = 0; i < 3; i++) {
            Val key = r.resolve(args.get(i));
            if (key instanceof Val.Unknown u) {
                return Val.unknown("Fn::FindInMap in " + path + ": the key is not known: " + u.reason());
            }
            if (!(key instanceof Val.Str s)) {
                throw r.error(args.get(i).pos(), "a key of Fn::FindInMap must be a string");
            }
            if (s.literal().isEmpty()) {
                return Val.unknown("Fn::FindInMap in " + path + ": the key is not known: "
                        + s.unknownReason().orElse(""));
            }
            String k = s.literal().get();
            if (!(current instanceof Node.Mapping m) || m.get(k).isEmpty()) {
                if (fallback != null) {
                    return r.resolve(fallback);
                }
                List<String> keys = current instanceof Node.Mapping m2 ? List.copyOf(m2.entries().keySet()) : List.of();
                throw r.error(args.get(i).pos(), "Fn::FindInMap: " + path + " has no key '" + k + "'"
                        + Suggestions.didYouMean(k, keys));
            }
            current = m.get(k).get();
            path = path + "." + k;
        }
        return r.resolve(current);
    }
}
