package org.invar.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.Source;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Param;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.SourceFile;
import org.invar.model.Value;
import org.invar.schema.Schema;

/**
 * The type checker: params first (declared values, then the host's overrides), then every rule
 * of every file against the schema. All diagnostics are collected; none stops the others.
 */
public final class Checker {
    private final Schema schema;

    public Checker(Schema schema) {
        this.schema = schema;
    }

    /**
     * A parsed file with the source it came from, for source lines in diagnostics, and the params
     * it declares that could not be read (their syntax errors are reported by the parser).
     */
    public record Input(Source source, SourceFile file, Set<String> unreadableParams) {
        public Input {
            unreadableParams = Set.copyOf(unreadableParams);
        }

        public Input(Source source, SourceFile file) {
            this(source, file, Set.of());
        }
    }

    /** The checked rules, the params in force, and every diagnostic. */
    public record Result(List<CheckedRule> rules, Map<String, Value> params, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    public Result check(List<Input> inputs, Map<String, String> overrides) {
        return check(inputs, overrides, Map.of());
    }

    /**
     * @param overrides values for params that a rule must declare: an unknown name is an error
     * @param shared values given to the rules and the inputs' adapters alike ({@code --param}): those
     *     that name a declared param override it, the others are the adapters' (template parameters,
     *     Terraform variables) and are not the rules' concern
     */
    public Result check(List<Input> inputs, Map<String, String> overrides, Map<String, String> shared) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, String> declaredShared = new LinkedHashMap<>();
        Set<String> declaredNames = new HashSet<>();
        inputs.forEach(input -> input.file().params().forEach(p -> declaredNames.add(p.name().name())));
        inputs.forEach(input -> declaredNames.addAll(input.unreadableParams()));
        shared.forEach((name, value) -> {
            if (declaredNames.contains(name) && !overrides.containsKey(name)) {
                declaredShared.put(name, value);
            }
        });
        Map<String, String> all = new LinkedHashMap<>(declaredShared);
        all.putAll(overrides);
        Map<String, Value> params = params(inputs, all, diagnostics);
        Set<String> unreadableParams = new HashSet<>();
        inputs.forEach(input -> unreadableParams.addAll(input.unreadableParams()));
        List<CheckedRule> rules = new ArrayList<>();
        Map<String, Rule> ids = new LinkedHashMap<>();
        for (Input input : inputs) {
            for (Rule rule : input.file().rules()) {
                CheckedRule checked = checkRule(input.source(), rule, params, unreadableParams, diagnostics);
                Rule previous = ids.putIfAbsent(rule.id(), rule);
                if (previous != null) {
                    // Checked all the same, so that its own mistakes are reported with this one.
                    diagnostics.add(Diagnostic.error("duplicate-rule", input.source(), rule.position().line(),
                            rule.position().column(), "rule id '" + rule.id() + "' is already used at line "
                                    + previous.position().line() + ": rule ids are unique"));
                } else if (checked != null) {
                    rules.add(checked);
                }
            }
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        Collections.sort(sorted);
        return new Result(List.copyOf(rules), Collections.unmodifiableMap(params), List.copyOf(sorted));
    }

    private CheckedRule checkRule(Source source, Rule rule, Map<String, Value> params, Set<String> unreadableParams,
                                  List<Diagnostic> diagnostics) {
        int before = diagnostics.size();
        ExprChecker checker = new ExprChecker(schema, source, params, unreadableParams, diagnostics);
        int kind = checker.checkTop(rule.assertion());
        List<CheckedRule.MessagePart> message =
                new MessageChecker(schema, source, rule, diagnostics).check(kind, checker);
        if (diagnostics.size() > before || kind < 0) {
            return null;
        }
        return new CheckedRule(rule, source.name(), kind, checker.slotCount,
                Collections.unmodifiableMap(checker.types), Collections.unmodifiableMap(checker.paths),
                Collections.unmodifiableMap(checker.quantifierSlots), Collections.unmodifiableMap(checker.aggregateSlots),
                Collections.unmodifiableMap(checker.patterns), message, org.invar.dsl.Printer.print(rule.assertion()));
    }

    private Map<String, Value> params(List<Input> inputs, Map<String, String> overrides, List<Diagnostic> diagnostics) {
        Map<String, Value> params = new LinkedHashMap<>();
        Map<String, Input> declaredIn = new LinkedHashMap<>();
        for (Input input : inputs) {
            for (Param p : input.file().params()) {
                String name = p.name().name();
                Value value = literalValue(p.value());
                Value previous = params.putIfAbsent(name, value);
                if (previous != null && !previous.equals(value)) {
                    diagnostics.add(Diagnostic.error("duplicate-param", input.source(), p.position().line(),
                            p.position().column(), "param '" + name + "' is declared again with another value"
                                    + " (first in " + declaredIn.get(name).source().name() + "): declare it once"));
                }
                declaredIn.putIfAbsent(name, input);
            }
        }
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            Value declared = params.get(override.getKey());
            if (declared == null && inputs.stream().anyMatch(i -> i.unreadableParams().contains(override.getKey()))) {
                // Declared, but not readably: its syntax error is reported, and says more than this would.
                continue;
            }
            if (declared == null) {
                diagnostics.add(new Diagnostic(Diagnostic.Level.ERROR, "unknown-param", "--param", 0, 0,
                        "no rule declares param '" + override.getKey() + "'"
                                + org.invar.model.Suggestions.didYouMean(override.getKey(), params.keySet()), ""));
                continue;
            }
            try {
                params.put(override.getKey(), parse(override.getValue(), declared));
            } catch (IllegalArgumentException e) {
                diagnostics.add(new Diagnostic(Diagnostic.Level.ERROR, "type", "--param", 0, 0,
                        "param '" + override.getKey() + "' " + e.getMessage(), ""));
            }
        }
        return params;
    }

    /** Reads an override as the type of the declared value. */
    static Value parse(String text, Value declared) {
        String t = text.trim();
        try {
            if (declared instanceof Value.Int) {
                return Value.of(Long.parseLong(t));
            }
            if (declared instanceof Value.Decimal) {
                return Value.of(Double.parseDouble(t));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is a number, not '" + text + "'");
        }
        if (declared instanceof Value.Bool) {
            if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException("is true or false, not '" + text + "'");
            }
            return Value.of(Boolean.parseBoolean(t));
        }
        if (declared instanceof Value.ListValue list) {
            Value element = list.elements().isEmpty() ? Value.of("") : list.elements().get(0);
            List<Value> values = new ArrayList<>();
            for (String part : t.isEmpty() ? new String[0] : t.split(",")) {
                values.add(parse(part, element));
            }
            return new Value.ListValue(values);
        }
        return Value.of(text);
    }

    /** The value a literal stands for. */
    public static Value literalValue(Literal literal) {
        if (literal instanceof Literal.IntLiteral i) {
            return Value.of(i.value());
        }
        if (literal instanceof Literal.DecimalLiteral d) {
            return Value.of(d.value().doubleValue());
        }
        if (literal instanceof Literal.BoolLiteral b) {
            return Value.of(b.value());
        }
        if (literal instanceof Literal.ListLiteral l) {
            return new Value.ListValue(l.elements().stream().map(Checker::literalValue).toList());
        }
        return Value.of(((Literal.StringLiteral) literal).value());
    }
}
