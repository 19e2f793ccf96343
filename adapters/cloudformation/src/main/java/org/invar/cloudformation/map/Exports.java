package org.invar.cloudformation.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.cloudformation.resolve.StackScope;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.cloudformation.resolve.Val;
import org.invar.cloudformation.template.Output;
import org.invar.model.ModelBuilder;

/**
 * Outputs a stack exports, as other names of the resources they refer to. Another template's
 * {@code !ImportValue net-PublicSubnet1} becomes a stand-in {@code import:net-PublicSubnet1}
 * (an entity whose facts are unknown); when the template that exports {@code net-PublicSubnet1}
 * as {@code !Ref PublicSubnet1} is in the same model (inputs merged), the stand-in is the subnet
 * itself ({@link ModelBuilder#alias}). An export whose value is not a reference to a resource (a
 * CIDR, a joined list) names no entity and is left alone.
 */
final class Exports {
    private Exports() {
    }

    static void alias(ModelBuilder builder, List<StackScope> scopes) {
        Map<String, String> given = new HashMap<>(); // export name -> where it was first given
        for (StackScope scope : scopes) {
            for (Output out : scope.template().outputs().values()) {
                if (out.exportName().isEmpty()) {
                    continue;
                }
                String name = scope.resolver().resolve(out.exportName().get()) instanceof Val.Str s
                        ? s.literal().orElse(null) : null;
                if (name == null || name.isBlank()) {
                    continue; // a name that is not known cannot be matched to an import
                }
                String where = scope.file() + ":" + out.pos();
                String first = given.putIfAbsent(name, "output " + out.name() + " at " + where);
                if (first != null) {
                    throw TemplateSyntax.error(scope.file(), out.pos(), "export name '" + name + "' is given by "
                            + first + " already; export names are unique in a region: rename one");
                }
                if (scope.output(out.name()) instanceof Val.Str v
                        && v.soleSymbol().orElse(null) instanceof Symbol.ResourceRef ref) {
                    builder.alias("import:" + name, ref.entityId());
                }
            }
        }
    }
}
