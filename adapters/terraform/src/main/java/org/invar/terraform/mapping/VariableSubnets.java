package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.terraform.config.Expression;
import org.invar.terraform.read.ConfigurationGaps;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.read.TerraformDocument;

/**
 * Subnets named by root variables that have no value. A subnet reference whose value is such a
 * variable, unchanged ({@code var.subnet1_id}, passed into modules as it is), names one subnet the
 * configuration does not describe, the same wherever the variable is used: a stand-in subnet whose
 * id is {@code var.subnet1_id}. A list variable (list, set or tuple) used as a list of subnets
 * holds at least the subnets that are certain, {@code var.subnet_ids[0]}, {@code [1]}, ...: two when
 * it is the subnets of an application load balancer (AWS requires two), one otherwise, and up to
 * the highest index used anywhere ({@code var.subnet_ids[2]} makes three); the list may hold more,
 * so the relation is unknown too. A variable without a type may be either: one stand-in, the
 * relation unknown.
 *
 * <p>An evaluated configuration marks these references {@code var.NAME} or {@code var.NAME[i]}
 * (see {@link TerraformDocument#exactReferences()}); plans and states have none, since Terraform
 * plans only with every root variable given.
 */
final class VariableSubnets {
    private static final Pattern REFERENCE = Pattern.compile("var\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\[(\\d+)])?");

    /** The subnets some references stand for, and why there may be more (or null). */
    record Standing(List<String> ids, String mayHoldMore) {
    }

    private final Map<String, ConfigurationGaps.UnsetVariable> variables;
    /** How many elements each list variable certainly has, by name. */
    private final Map<String, Integer> certain = new HashMap<>();

    VariableSubnets(TerraformDocument document) {
        this.variables = document.gaps().unsetVariables();
        if (variables.isEmpty()) {
            return;
        }
        for (ResourceRecord r : document.records()) {
            Expression.Block refs = document.exactReferences().get(r.address());
            if (refs == null) {
                continue;
            }
            for (String ref : refs.allReferences()) {
                Matcher m = matcher(ref);
                if (m != null && m.group(2) != null) {
                    certain.merge(m.group(1), Integer.parseInt(m.group(2)) + 1, Math::max);
                }
            }
            if (isApplicationLoadBalancer(new Resource(r)) && refs.get("subnets") != null) {
                for (String ref : refs.get("subnets").allReferences()) {
                    Matcher m = matcher(ref);
                    if (m != null && m.group(2) == null) {
                        certain.merge(m.group(1), 2, Math::max);
                    }
                }
            }
        }
    }

    private static boolean isApplicationLoadBalancer(Resource r) {
        return (r.type().equals("aws_lb") || r.type().equals("aws_alb")) && !r.unknown("load_balancer_type")
                && r.value("load_balancer_type").string().orElse("application").equals("application");
    }

    /** The match of a reference to a root variable without a value, or null. */
    private Matcher matcher(String reference) {
        if (!reference.startsWith("var.")) {
            return null;
        }
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() && variables.containsKey(m.group(1)) ? m : null;
    }

    /** Whether any of the references is a root variable without a value. */
    boolean any(List<String> references) {
        return references.stream().anyMatch(r -> matcher(r) != null);
    }

    /** The stand-in subnets the references that are variables without a value name. */
    Standing subnets(List<String> references) {
        List<String> ids = new ArrayList<>();
        String mayHoldMore = null;
        for (String ref : references) {
            Matcher m = matcher(ref);
            if (m == null) {
                continue;
            }
            ConfigurationGaps.UnsetVariable v = variables.get(m.group(1));
            if (m.group(2) != null || !v.isList() && !v.isUntyped()) {
                ids.add(ref);
            } else if (v.isList()) {
                for (int i = 0; i < certain.getOrDefault(v.name(), 1); i++) {
                    ids.add(ref + "[" + i + "]");
                }
                mayHoldMore = mayHoldMore != null ? mayHoldMore : ref + " has no value: it may list more subnets";
            } else {
                ids.add(ref);
                mayHoldMore = mayHoldMore != null ? mayHoldMore
                        : ref + " has no value and no type: it may be a list of several subnets";
            }
        }
        return new Standing(ids, mayHoldMore);
    }

    /** Why a reference to something other than subnets is unknown: the first such variable's reason, or null. */
    String reason(List<String> references) {
        for (String ref : references) {
            Matcher m = matcher(ref);
            if (m != null) {
                return variables.get(m.group(1)).reason();
            }
        }
        return null;
    }

    /** The variable a stand-in subnet's id names ({@code var.subnet_ids[1]}), or null for another id. */
    ConfigurationGaps.UnsetVariable variable(String standInId) {
        Matcher m = matcher(standInId);
        return m == null ? null : variables.get(m.group(1));
    }
}
