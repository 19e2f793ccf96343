package org.invar;

import java.util.List;
import java.util.Map;
import org.invar.check.CheckedRule;
import org.invar.eval.Evaluation;
import org.invar.model.Model;
import org.invar.model.Value;
import org.invar.report.Report;
import org.invar.schema.Schema;

/**
 * Compiled rules, ready to evaluate over any number of models. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleSet rules = Invar.compile("every az with alb_node has healthy_targets >= 1");
 * Report report = rules.evaluate(model);
 * }</pre>
 */
public final class RuleSet {
    private final Schema schema;
    private final List<CheckedRule> rules;
    private final Map<String, Value> params;

    RuleSet(Schema schema, List<CheckedRule> rules, Map<String, Value> params) {
        this.schema = schema;
        this.rules = List.copyOf(rules);
        this.params = Map.copyOf(params);
    }

    /** Evaluates every rule over the model, in parallel. */
    public Report evaluate(Model model) {
        return evaluate(model, true);
    }

    /** Evaluates every rule over the model, on this thread only when {@code parallel} is false. */
    public Report evaluate(Model model, boolean parallel) {
        if (model.schema() != schema && !model.schema().kinds().equals(schema.kinds())) {
            throw new IllegalArgumentException("the model was built with another schema than these rules were"
                    + " compiled against");
        }
        return Evaluation.evaluate(rules, model, parallel);
    }

    /** The rules, in the order of their files and positions. */
    public List<CheckedRule> rules() {
        return rules;
    }

    public int size() {
        return rules.size();
    }

    /** The params in force: declared values with the host's overrides applied. */
    public Map<String, Value> params() {
        return params;
    }

    public Schema schema() {
        return schema;
    }

    /** A rule set holding these rules and the other's, for running a stdlib beside a team's own rules. */
    public RuleSet plus(RuleSet other) {
        if (other.schema != schema) {
            throw new IllegalArgumentException("rule sets compiled against different schemas");
        }
        List<CheckedRule> all = new java.util.ArrayList<>(rules);
        all.addAll(other.rules);
        Map<String, Value> allParams = new java.util.LinkedHashMap<>(params);
        allParams.putAll(other.params);
        return new RuleSet(schema, all, allParams);
    }
}
