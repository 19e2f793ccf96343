package org.invar.cloudformation.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.cloudformation.resolve.StackScope;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.cloudformation.resolve.Val;
import org.invar.cloudformation.stack.StackNames;
import org.invar.cloudformation.template.Output;
import org.invar.model.ModelBuilder;
import org.invar.model.NamePattern;

/**
 * Outputs a stack exports, as other names of the resources they refer to. Another template's
 * {@code !ImportValue net-PublicSubnet1} becomes a stand-in {@code import:net-PublicSubnet1}
 * (an entity whose facts are unknown); when the template that exports {@code net-PublicSubnet1}
 * as {@code !Ref PublicSubnet1} is in the same model (inputs merged), the stand-in is the subnet
 * itself ({@link ModelBuilder#alias}). An export whose value is not a reference to a resource (a
 * CIDR, a joined list) names no entity and is left alone.
 *
 * <p>An export named after its stack ({@code !Sub "${AWS::StackName}:PublicListener"}) whose
 * stack name is not given is a name known but for that part ({@link NamePattern}): an import
 * that fits it, and no other export, is taken to be it, and the model notes the stack name that
 * makes it so. A name with any other part unknown before deploy cannot be matched.
 *
 * <p>Outputs of a stack whose name is given are also what {@code Fn::GetStackOutput} names:
 * {@code stack-output:<stack>/<output>} is the resource the output refers to.
 */
final class Exports {
    private static final String STACK_NAME = "AWS::StackName";

    private Exports() {
    }

    static void alias(ModelBuilder builder, List<StackScope> scopes) {
        Map<Object, String> given = new HashMap<>(); // export name, or its pattern's parts -> where first given
        for (StackScope scope : scopes) {
            for (Output out : scope.template().outputs().values()) {
                aliasAsStackOutput(builder, scope, out);
                if (out.exportName().isEmpty()
                        || !(scope.resolver().resolve(out.exportName().get()) instanceof Val.Str name)) {
                    continue;
                }
                String literal = name.literal().orElse(null);
                List<String> around = literal == null ? aroundStackName(name) : null;
                if (literal == null && around == null || literal != null && literal.isBlank()) {
                    continue; // a name that is not known cannot be matched to an import
                }
                String shown = literal != null ? literal : String.join("${" + STACK_NAME + "}", around);
                String where = scope.file() + ":" + out.pos();
                // Names after the stack's name are one name only within one stack.
                Object key = literal != null ? literal : List.of(owner(scope), around);
                String first = given.putIfAbsent(key, "output " + out.name() + " at " + where);
                if (first != null) {
                    throw TemplateSyntax.error(scope.file(), out.pos(), "export name '" + shown + "' is given by "
                            + first + " already; export names are unique in a region: rename one");
                }
                if (!(scope.output(out.name()) instanceof Val.Str v
                        && v.soleSymbol().orElse(null) instanceof Symbol.ResourceRef ref)) {
                    continue;
                }
                if (literal != null) {
                    builder.alias(Externals.IMPORT + literal, ref.entityId());
                } else {
                    List<String> literals = new ArrayList<>(around);
                    literals.set(0, Externals.IMPORT + literals.get(0));
                    builder.alias(new NamePattern(literals, STACK_NAME, owner(scope), StackNames.SYNTAX),
                            ref.entityId());
                }
            }
        }
    }

    /**
     * An output of a top stack whose name the load was given is what another input's
     * {@code Fn::GetStackOutput} of that stack and output refers to, exported or not.
     */
    private static void aliasAsStackOutput(ModelBuilder builder, StackScope scope, Output out) {
        if (!scope.prefix().isEmpty() || scope.stackName().isEmpty()) {
            return;
        }
        if (scope.output(out.name()) instanceof Val.Str v && v.soleSymbol().orElse(null) instanceof Symbol.ResourceRef ref) {
            builder.alias(Externals.STACK_OUTPUT + scope.stackName().get() + "/" + out.name(), ref.entityId());
        }
    }

    /**
     * The literal text around {@code AWS::StackName} in a name whose only unknown part it is
     * (one piece more than it occurs), or null when another part is unknown or it is not there.
     */
    private static List<String> aroundStackName(Val.Str name) {
        List<String> around = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Val.Part part : name.parts()) {
            if (part instanceof Val.Part.Lit lit) {
                text.append(lit.text());
            } else if (((Val.Part.Sym) part).symbol() instanceof Symbol.Pseudo p && p.name().equals(STACK_NAME)) {
                around.add(text.toString());
                text.setLength(0);
            } else {
                return null;
            }
        }
        around.add(text.toString());
        return around.size() < 2 ? null : around;
    }

    /** Whose stack name it is: the template, and the nested stack within it. */
    private static String owner(StackScope scope) {
        return scope.prefix().isEmpty() ? scope.file()
                : scope.file() + " (nested stack " + scope.prefix().substring(0, scope.prefix().length() - 1) + ")";
    }
}
