package org.invar.cloudformation.template;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.model.Suggestions;

/**
 * Checks, before anything is resolved, that every {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}
 * variable and {@code Fn::If} condition in every resource's properties, every output and every
 * condition names something the template declares, or a pseudo parameter CloudFormation defines.
 * The resolver finds these too, but only in the properties the mapping reads; a typo in a
 * resource type invar does not model would otherwise pass, and CloudFormation would refuse the
 * template.
 *
 * <p>A name that is nothing gets "did you mean" over the parameters, resources and pseudo
 * parameters alike ({@code AWS::Regoin}: {@code AWS::Region}; {@code AccountId}:
 * {@code AWS::AccountId}). Not called for templates with a {@code Transform}: macros add
 * resources and parameters.
 */
final class ReferenceCheck implements ReferenceWalker.Visitor {
    private final String file;
    private final Set<String> resources;
    private final Set<String> parameters;
    private final Set<String> conditions;
    /** In the Conditions section only parameters and pseudo parameters may be named. */
    private boolean inConditions;

    private ReferenceCheck(String file, Set<String> resources, Set<String> parameters, Set<String> conditions) {
        this.file = file;
        this.resources = resources;
        this.parameters = parameters;
        this.conditions = conditions;
    }

    static void check(String file, Map<String, Resource> resources, Set<String> parameters,
                      Map<String, Node.Entry> conditions, Map<String, Output> outputs) {
        ReferenceCheck check = new ReferenceCheck(file, resources.keySet(), parameters, conditions.keySet());
        for (Resource r : resources.values()) {
            r.condition().ifPresent(c -> check.condition(c, r.conditionPos(), "resource " + r.logicalId()));
            ReferenceWalker.walk(r.properties(), check);
        }
        for (Output o : outputs.values()) {
            o.condition().ifPresent(c -> check.condition(c, o.pos(), "output " + o.name()));
            ReferenceWalker.walk(o.value(), check);
        }
        check.inConditions = true;
        for (Node.Entry c : conditions.values()) {
            ReferenceWalker.walk(c.value(), check);
        }
    }

    @Override
    public void ref(Node.Scalar name) {
        name(name.text(), name.pos(), "Ref to " + name.text());
    }

    @Override
    public void getAtt(Node.Scalar resource) {
        if (!resources.contains(resource.text())) {
            throw TemplateSyntax.error(file, resource.pos(), "Fn::GetAtt of " + resource.text()
                    + ": a resource of this template was expected" + Suggestions.didYouMean(resource.text(), resources));
        }
    }

    @Override
    public void subVariable(String variable, Node.Scalar text) {
        if (ReferenceWalker.malformed(variable)) {
            throw TemplateSyntax.error(file, text.pos(), "Fn::Sub variable ${" + variable + "} is malformed: a name was"
                    + " expected on each side of the dot: write ${Name} or ${Resource.Attribute}");
        }
        String owner = ReferenceWalker.attributeOwner(variable);
        if (owner == null) {
            name(variable, text.pos(), "Fn::Sub variable ${" + variable + "}");
        } else if (!resources.contains(owner)) {
            throw TemplateSyntax.error(file, text.pos(), "Fn::Sub variable ${" + variable + "}: " + owner
                    + " is no resource of this template" + Suggestions.didYouMean(owner, resources));
        }
    }

    @Override
    public void ifCondition(Node.Scalar name) {
        condition(name.text(), name.pos(), "Fn::If");
    }

    private void name(String name, Pos pos, String what) {
        if (PseudoParameters.NAMES.contains(name) || parameters.contains(name)) {
            return;
        }
        if (resources.contains(name)) {
            if (inConditions) {
                throw TemplateSyntax.error(file, pos, what + ": a condition may name parameters and pseudo parameters,"
                        + " not resources: CloudFormation decides conditions before it creates anything");
            }
            return;
        }
        if (name.startsWith(PseudoParameters.PREFIX)) {
            throw TemplateSyntax.error(file, pos, what + ": " + name + " is no pseudo parameter of CloudFormation"
                    + suggestion(name));
        }
        throw TemplateSyntax.error(file, pos, what + ": " + (inConditions ? "a parameter" : "a parameter or resource")
                + " of this template or a pseudo parameter was expected, " + name + " is none of these" + suggestion(name));
    }

    /** "did you mean" over parameters, resources and pseudo parameters, also by a pseudo parameter's name without AWS::. */
    private String suggestion(String name) {
        Set<String> known = new TreeSet<>(parameters);
        if (!inConditions) {
            known.addAll(resources);
        }
        known.addAll(PseudoParameters.NAMES);
        Optional<String> close = Suggestions.closest(name, known);
        if (close.isEmpty() && !name.startsWith(PseudoParameters.PREFIX)) {
            close = Suggestions.closest(PseudoParameters.PREFIX + name, PseudoParameters.NAMES);
        }
        return close.map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private void condition(String name, Pos pos, String where) {
        if (!conditions.contains(name)) {
            throw TemplateSyntax.error(file, pos, where + " names no condition named " + name
                    + Suggestions.didYouMean(name, conditions));
        }
    }
}
