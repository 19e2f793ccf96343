package org.invar.agreement;

import static org.invar.agreement.Trees.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource of a plan for a first apply, in the three places {@code terraform show -json}
 * writes it: its planned values, its change (the same values as {@code after}, what is known
 * only after apply as {@code after_unknown}) and its configuration expressions (constants, and
 * the references that are the only links between resources whose ids are not known yet).
 */
final class PlannedResource {
    final String type;
    final String name;
    final int schemaVersion;
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Object> unknown = new LinkedHashMap<>();
    final Map<String, Object> expressions = new LinkedHashMap<>();

    PlannedResource(String type, String name, int schemaVersion) {
        this.type = type;
        this.name = name;
        this.schemaVersion = schemaVersion;
        unknown.put("id", true);
    }

    String address() {
        return type + "." + name;
    }

    /** An attribute the configuration sets to a constant. */
    PlannedResource constant(String attribute, Object value) {
        values.put(attribute, value);
        expressions.put(attribute, obj("constant_value", value));
        return this;
    }

    /** An attribute the configuration does not set, whose value the provider knows at plan time. */
    PlannedResource value(String attribute, Object value) {
        values.put(attribute, value);
        return this;
    }

    /** An attribute known only after apply, which the configuration does not set. */
    PlannedResource computed(String... attributes) {
        for (String a : attributes) {
            unknown.put(a, true);
        }
        return this;
    }

    /** An attribute set to the ids (or another attribute) of other resources: unknown, with references. */
    PlannedResource references(String attribute, String targetAttribute, List<String> targets) {
        unknown.put(attribute, true);
        expressions.put(attribute, refs(targetAttribute, targets));
        return this;
    }

    PlannedResource references(String attribute, String targetAttribute, String target) {
        return references(attribute, targetAttribute, List.of(target));
    }

    /** The expression of an attribute that refers to other resources: {@code [a.id, a, b.id, b]}. */
    static Map<String, Object> refs(String targetAttribute, List<String> targets) {
        List<Object> references = new ArrayList<>();
        for (String t : targets) {
            references.add(t + "." + targetAttribute);
            references.add(t);
        }
        return obj("references", references);
    }

    /** A nested block (one element): its values, what is unknown in it, and its expressions. */
    PlannedResource block(String attribute, Map<String, Object> blockValues, Map<String, Object> blockUnknown,
                          Map<String, Object> blockExpressions) {
        values.put(attribute, List.of(blockValues));
        unknown.put(attribute, List.of(blockUnknown));
        expressions.put(attribute, List.of(blockExpressions));
        return this;
    }

    Map<String, Object> plannedValue() {
        return obj("address", address(), "mode", "managed", "type", type, "name", name,
                "provider_name", PlanRenderer.PROVIDER, "schema_version", schemaVersion,
                "values", values, "sensitive_values", obj());
    }

    Map<String, Object> change() {
        Map<String, Object> change = obj("actions", List.of("create"), "before", null, "after", values,
                "after_unknown", unknown, "before_sensitive", false, "after_sensitive", obj());
        return obj("address", address(), "mode", "managed", "type", type, "name", name,
                "provider_name", PlanRenderer.PROVIDER, "change", change);
    }

    Map<String, Object> configuration() {
        return obj("address", address(), "mode", "managed", "type", type, "name", name,
                "provider_config_key", "aws", "expressions", expressions, "schema_version", schemaVersion);
    }
}
