package org.invar.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;

/**
 * Random well-typed rules, as text, from a small typed grammar over schema v1: every, no, some,
 * at least n, at most n and exactly n over a kind, with filters and claims built from
 * comparisons of int, string and bool values with literals, params and each other, bare
 * relations, presence tests, membership, substring and regular-expression tests, arithmetic,
 * aggregates (count, sum, min, max, avg, with distinct and where), nested quantifiers over
 * relation paths with {@code as} bindings that are then used, and and/or/not.
 *
 * <p>Every compound sub-expression is parenthesised, so the text means what the generator meant
 * whatever the precedence rules. Only non-negative literals are written.
 */
final class RuleGen {
    static final Schema SCHEMA = Schema.v1();

    /** The params every generated rule text declares. */
    static final String PARAMS = "param min_n = 2\nparam names_ok = [\"web\", \"api\"]\n";

    /**
     * Relations generated paths do not take; every other relation of the schema may be followed,
     * derived ones included. {@code lb_node.subnet} is to-one in the schema, but the derivation
     * relates a node to every subnet of its load balancer in its AZ, and a to-one path reads the
     * first of them, which depends on the order entities were added (a known issue of the
     * derivation, reported; not the evaluator's to fix).
     */
    static final Set<String> EXCLUDED = Set.of("lb_node.subnet");

    /** A top-level invariant, in parts, so that properties can recombine them. */
    record TopRule(String quantifier, String kind, String binding, String with, String has) {
        String invariant() {
            return quantifier + " " + kind + (binding == null ? "" : " as " + binding)
                    + (with == null ? "" : " with " + with) + (has == null ? "" : " has " + has);
        }

        String text() {
            return PARAMS + invariant() + "\n";
        }

        boolean perEntity() {
            return quantifier.equals("every") || quantifier.equals("no");
        }

        TopRule with(String quantifier, String has) {
            return new TopRule(quantifier, kind, binding, with, has);
        }

        @Override
        public String toString() {
            return invariant();
        }
    }

    private final Draw d;
    private int bindings;

    private RuleGen(Draw d) {
        this.d = d;
    }

    /** A rule over a random kind with a random quantifier. */
    static TopRule generate(Draw d) {
        return new RuleGen(d).top(null, false);
    }

    /** {@code every K ... has H}, always with a claim. */
    static TopRule generateEvery(Draw d) {
        return new RuleGen(d).top("every", true);
    }

    /**
     * {@code every ecs_service has A op B} where A and B come from a small arithmetic grammar dense
     * in the boundaries (zeros, negatives, division by zero, ints mixed with decimals).
     */
    static TopRule generateArithmetic(Draw d) {
        RuleGen g = new RuleGen(d);
        String op = d.pick("==", "!=", "<", "<=", ">", ">=", "in");
        String left = g.arithmetic(3);
        String right = op.equals("in") ? "[" + d.pick("0", "1", "-1", "0.0") + ", " + d.pick("0", "2", "0.5", "-0.5") + "]"
                : d.chance(40) ? d.pick("0", "0.0") : g.arithmetic(3);
        return new TopRule(d.pick("every", "no"), "ecs_service", null, null, left + " " + op + " " + right);
    }

    private String arithmetic(int depth) {
        int choice = d.between(0, depth > 0 ? 7 : 3);
        return switch (choice) {
            case 0 -> d.pick("0", "1", "2", "0.0", "0.5");
            case 1 -> d.pick("desired_count", "running_count");
            case 2 -> d.pick("count(subnet)", "count(distinct subnet.az)", "sum(target_group.port)",
                    "avg(target_group.port)");
            case 3 -> d.pick("min_n", "-1", "-0.5");
            case 4 -> "(0 - " + arithmetic(depth - 1) + ")";
            default -> "(" + arithmetic(depth - 1) + " " + d.pick("+", "-", "*", "/") + " " + arithmetic(depth - 1) + ")";
        };
    }

    private TopRule top(String quantifier, boolean claim) {
        // per-entity verdicts say the most: every and no get more than their share at the top
        String q = quantifier != null ? quantifier : d.chance(50) ? d.pick("every", "no") : quantifierText();
        String k = d.pick(Vocabulary.KINDS);
        Binding b = d.chance(25) ? newBinding(k) : null;
        Scope s = new Scope(k, b == null ? List.of() : List.of(b));
        String with = d.chance(65) ? cond(s, d.between(0, 3)) : null;
        String has = claim || d.chance(80) ? cond(s, d.between(0, 3)) : null;
        if (b != null && !uses(b, with) && !uses(b, has)) {
            String use = bindingCond(s, b);
            has = has == null ? use : "(" + has + ") " + d.pick("and", "or") + " (" + use + ")";
        }
        return new TopRule(q, k, b == null ? null : b.name, with, has);
    }

    private String quantifierText() {
        return switch (d.between(0, 5)) {
            case 0 -> "every";
            case 1 -> "no";
            case 2 -> "some";
            case 3 -> "at least " + d.between(0, 3);
            case 4 -> "at most " + d.between(0, 3);
            default -> "exactly " + d.between(0, 3);
        };
    }

    // ---------------------------------------------------------------------------------------
    // Scopes and paths

    record Binding(String name, String kind) {
    }

    /** The entity at hand (its kind) and the bindings visible from it. */
    record Scope(String kind, List<Binding> bindings) {
        Scope enter(String kind, Binding binding) {
            List<Binding> b = new ArrayList<>(bindings);
            if (binding != null) {
                b.add(binding);
            }
            return new Scope(kind, b);
        }
    }

    private Binding newBinding(String kind) {
        return new Binding("b" + (++bindings), kind);
    }

    private static boolean uses(Binding b, String text) {
        return text != null && Pattern.compile("(?<![A-Za-z0-9_\"])" + b.name + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    /** A path from the entity at hand or a binding: relations, and maybe an attribute at the end. */
    record PathC(Binding from, List<RelationDef> steps, String endKind, AttributeDef attribute) {
        boolean many() {
            return steps.stream().anyMatch(RelationDef::many);
        }

        boolean entity() {
            return attribute == null;
        }

        ValueType type() {
            return attribute == null ? null : attribute.type();
        }

        String text() {
            List<String> parts = new ArrayList<>();
            if (from != null) {
                parts.add(from.name);
            }
            steps.forEach(s -> parts.add(s.name()));
            if (attribute != null) {
                parts.add(attribute.name());
            }
            return String.join(".", parts);
        }
    }

    /**
     * A random path that satisfies {@code ok}, starting at the entity at hand or at a binding, with
     * at most {@code maxSteps} relations; null when a few tries find none.
     */
    private PathC path(Scope s, int minSteps, boolean attribute, Predicate<PathC> ok) {
        for (int attempt = 0; attempt < 6; attempt++) {
            int start = d.between(0, s.bindings().size());
            Binding from = start == 0 ? null : s.bindings().get(start - 1);
            String kind = from == null ? s.kind() : from.kind();
            int len = d.between(minSteps, 2);
            List<PathC> candidates = new ArrayList<>();
            for (List<RelationDef> chain : chains(kind, len)) {
                String end = chain.isEmpty() ? kind : chain.get(chain.size() - 1).target();
                if (attribute) {
                    for (AttributeDef a : kind(end).attributes()) {
                        if (a.type() != ValueType.LIST) {
                            candidates.add(new PathC(from, chain, end, a));
                        }
                    }
                } else if (!(chain.isEmpty() && from == null)) {
                    candidates.add(new PathC(from, chain, end, null));
                }
            }
            candidates.removeIf(ok.negate());
            if (!candidates.isEmpty()) {
                return d.pick(candidates);
            }
        }
        return null;
    }

    private static List<List<RelationDef>> chains(String kind, int len) {
        if (len == 0) {
            return List.of(List.of());
        }
        List<List<RelationDef>> out = new ArrayList<>();
        for (List<RelationDef> prefix : chains(kind, len - 1)) {
            String end = prefix.isEmpty() ? kind : prefix.get(prefix.size() - 1).target();
            for (RelationDef r : kind(end).relations()) {
                if (EXCLUDED.contains(end + "." + r.name())) {
                    continue;
                }
                List<RelationDef> chain = new ArrayList<>(prefix);
                chain.add(r);
                out.add(chain);
            }
        }
        return out;
    }

    private static KindDef kind(String name) {
        return SCHEMA.kind(name).orElseThrow();
    }

    // ---------------------------------------------------------------------------------------
    // Conditions

    String cond(Scope s, int depth) {
        String c = switch (d.between(0, depth > 0 ? 11 : 6)) {
            case 0 -> numberComparison(s, depth);
            case 1 -> stringTest(s);
            case 2 -> boolTest(s);
            case 3 -> bareRelation(s);
            case 4 -> presence(s);
            case 5 -> membership(s, depth);
            case 6 -> entityTest(s);
            case 7 -> "not (" + cond(s, depth - 1) + ")";
            case 8 -> "(" + cond(s, depth - 1) + ") and (" + cond(s, depth - 1) + ")";
            case 9 -> "(" + cond(s, depth - 1) + ") or (" + cond(s, depth - 1) + ")";
            case 10 -> nested(s, depth - 1);
            // a condition as a bool value; 'not' makes a bare relation a bool first
            default -> "(not (" + cond(s, depth - 1) + ")) " + d.pick("==", "!=") + " " + d.pick("true", "false");
        };
        return c != null ? c : fallback(s);
    }

    /** Always well-typed: an attribute of the entity at hand is set. */
    private String fallback(Scope s) {
        return d.pick(kind(s.kind()).attributes()).name() + " is set";
    }

    private String numberComparison(Scope s, int depth) {
        String op = d.pick("==", "!=", "<", "<=", ">", ">=");
        return number(s, depth) + " " + op + " " + number(s, depth);
    }

    private String stringTest(Scope s) {
        PathC p = path(s, 0, true, c -> !c.many() && c.type() == ValueType.STRING);
        if (p == null) {
            return null;
        }
        String x = p.text();
        return switch (d.between(0, 7)) {
            case 0 -> x + " == " + stringLiteral(p);
            case 1 -> x + " != " + stringLiteral(p);
            case 2 -> {
                PathC q = path(s, 0, true, c -> !c.many() && c.type() == ValueType.STRING);
                yield q == null ? null : x + " " + d.pick("==", "!=") + " " + q.text();
            }
            case 3 -> x + " " + d.pick("in", "not in") + " [" + stringLiteral(p) + ", " + stringLiteral(p) + "]";
            case 4 -> x + " " + d.pick("in", "not in") + " names_ok";
            case 5 -> x + " contains " + quote(d.pick(Vocabulary.PARTS));
            case 6 -> x + " matches " + quote(d.pick(Vocabulary.PATTERNS));
            default -> x + " contains " + x;
        };
    }

    private String stringLiteral(PathC p) {
        List<String> pool = new ArrayList<>(Vocabulary.strings(p.attribute().name()));
        pool.add("zzz");
        return quote(d.pick(pool));
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private String boolTest(Scope s) {
        PathC p = path(s, 0, true, c -> !c.many() && c.type() == ValueType.BOOL);
        if (p == null) {
            return null;
        }
        return switch (d.between(0, 2)) {
            case 0 -> p.text();
            case 1 -> p.text() + " " + d.pick("==", "!=") + " " + d.pick("true", "false");
            default -> {
                PathC q = path(s, 0, true, c -> !c.many() && c.type() == ValueType.BOOL);
                yield q == null ? null : p.text() + " " + d.pick("==", "!=") + " " + q.text();
            }
        };
    }

    private String bareRelation(Scope s) {
        PathC p = path(s, 1, false, c -> true);
        return p == null ? null : p.text();
    }

    private String presence(Scope s) {
        PathC p = d.chance(50) ? path(s, 1, false, c -> true) : path(s, 0, true, c -> true);
        return p == null ? null : p.text() + " is " + d.pick("set", "missing");
    }

    private String membership(Scope s, int depth) {
        switch (d.between(0, 4)) {
            case 0: {
                return number(s, depth) + " " + d.pick("in", "not in") + " [" + d.between(0, 3) + ", "
                        + d.pick("2", "80", "443", "1.0") + "]";
            }
            case 1: {
                PathC many = path(s, 1, true, c -> c.many() && c.type() == ValueType.INT);
                if (many == null) {
                    return null;
                }
                return d.chance(50) ? many.text() + " contains " + number(s, depth)
                        : number(s, depth) + " " + d.pick("in", "not in") + " " + many.text();
            }
            case 2: {
                PathC many = path(s, 1, true, c -> c.many() && c.type() == ValueType.STRING);
                if (many == null) {
                    return null;
                }
                String needle = d.chance(50) ? stringLiteral(many) : scalarString(s);
                if (needle == null) {
                    return null;
                }
                return d.chance(50) ? many.text() + " contains " + needle
                        : needle + " " + d.pick("in", "not in") + " " + many.text();
            }
            case 3: {
                PathC many = path(s, 1, true, c -> c.many() && c.type() == ValueType.BOOL);
                return many == null ? null : d.pick("true", "false") + " in " + many.text();
            }
            default: {
                return number(s, depth) + " " + d.pick("in", "not in") + " [" + d.between(0, 4) + "]";
            }
        }
    }

    private String scalarString(Scope s) {
        PathC p = path(s, 0, true, c -> !c.many() && c.type() == ValueType.STRING);
        return p == null ? null : p.text();
    }

    /** Entities compared: equal, or one among many; bindings take part here most. */
    private String entityTest(Scope s) {
        PathC one = path(s, 0, false, c -> !c.many());
        if (one == null) {
            return null;
        }
        boolean single = d.chance(40);
        PathC other = path(s, 0, false, c -> c.endKind().equals(one.endKind()) && c.many() != single);
        if (other == null) {
            return null;
        }
        if (single) {
            return one.text() + " " + d.pick("==", "!=") + " " + other.text();
        }
        return d.chance(50) ? other.text() + " contains " + one.text()
                : one.text() + " " + d.pick("in", "not in") + " " + other.text();
    }

    private String nested(Scope s, int depth) {
        PathC range = path(s, 1, false, c -> true);
        if (range == null) {
            return null;
        }
        String q = quantifierText();
        Binding b = d.chance(35) ? newBinding(range.endKind()) : null;
        Scope inner = s.enter(range.endKind(), b);
        String with = d.chance(45) ? cond(inner, depth) : null;
        String has = d.chance(75) ? cond(inner, depth) : null;
        if (b != null && !uses(b, with) && !uses(b, has)) {
            String use = bindingCond(inner, b);
            has = has == null ? use : "(" + has + ") " + d.pick("and", "or") + " (" + use + ")";
        }
        return "(" + q + " " + range.text() + (b == null ? "" : " as " + b.name)
                + (with == null ? "" : " with " + with) + (has == null ? "" : " has " + has) + ")";
    }

    /** A condition that surely names the binding. */
    private String bindingCond(Scope s, Binding b) {
        if (d.chance(40)) {
            // the binding among entities of its kind reached from the entity at hand
            Scope here = new Scope(s.kind(), List.of());
            PathC many = path(here, 1, false, c -> c.endKind().equals(b.kind()));
            if (many != null) {
                return b.name + " " + (many.many() ? d.pick("in", "not in") : d.pick("==", "!=")) + " "
                        + many.text();
            }
        }
        List<AttributeDef> attributes = kind(b.kind()).attributes().stream()
                .filter(a -> a.type() != ValueType.LIST).toList();
        AttributeDef a = d.pick(attributes);
        PathC p = new PathC(b, List.of(), b.kind(), a);
        return switch (a.type()) {
            case STRING -> p.text() + " " + d.pick("==", "!=") + " " + stringLiteral(p);
            case BOOL -> p.text() + " == " + d.pick("true", "false");
            default -> p.text() + " " + d.pick("<=", ">") + " " + d.between(0, 3);
        };
    }

    // ---------------------------------------------------------------------------------------
    // Numbers

    /** An int or decimal value. */
    String number(Scope s, int depth) {
        switch (d.between(0, depth > 0 ? 9 : 4)) {
            case 0:
                // zero most of all: boundaries are where arithmetic goes wrong
                return d.pick("0", "0", "1", "2", "5");
            case 1: {
                PathC p = path(s, 0, true, c -> !c.many() && c.type() == ValueType.INT);
                return p == null ? "1" : p.text();
            }
            case 2:
                return d.pick("min_n", "0.0", "0.5", "1.5", "2.0");
            case 3:
                return count(s, depth);
            case 4: {
                String agg = aggregate(s, depth, d.pick("sum", "min", "max", "avg"));
                return agg == null ? count(s, depth) : agg;
            }
            case 5:
            case 6:
            case 7:
                return "(" + number(s, depth - 1) + " " + d.pick("+", "-", "*", "/") + " " + number(s, depth - 1) + ")";
            case 8:
                // a negative number: with * and /, where zeros (and negative zeros) come from
                return "(0 - " + number(s, depth - 1) + ")";
            default: {
                PathC p = path(s, 0, true, c -> !c.many() && c.type() == ValueType.INT);
                return p == null ? "2" : "(" + p.text() + " " + d.pick("+", "-", "*", "/") + " " + d.between(0, 2) + ")";
            }
        }
    }

    private String count(Scope s, int depth) {
        String c = aggregate(s, depth, "count");
        return c == null ? "0" : c;
    }

    /** An aggregate over a path of at least one relation. */
    private String aggregate(Scope s, int depth, String function) {
        boolean count = function.equals("count");
        boolean attribute = !count || d.chance(40);
        PathC p = path(s, 1, attribute, c -> count || c.type() == ValueType.INT);
        if (p == null) {
            return null;
        }
        String where = "";
        if (depth > 0 && d.chance(35)) {
            where = " where " + cond(s.enter(p.endKind(), null), depth - 1);
        }
        return function + "(" + (d.chance(30) ? "distinct " : "") + p.text() + where + ")";
    }
}
