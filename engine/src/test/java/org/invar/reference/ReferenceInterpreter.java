package org.invar.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Rule;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;
import org.invar.model.Value;
import org.invar.report.Verdict;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.ValueType;

/**
 * A plain tree-walking interpreter of invar rules, written from the design and the documented
 * semantics, independently of the compiled engine. It walks the AST over a {@link Model} using
 * only the model's public read API (entity ids, boxed column values, relation targets, unknown
 * relations and unknown existence), with boxed values, java.util collections, recursion and
 * Kleene's three-valued logic. It is slow on purpose: it is the specification the compiled
 * engine is tested against.
 *
 * <p>Meaning, as implemented here:
 * <ul>
 *   <li>A value is present, absent or unknown. Comparisons, arithmetic and tests on a value that is
 *       absent or unknown are unknown; {@code is set}/{@code is missing} tell absent from present,
 *       and say unknown for unknown.</li>
 *   <li>A path through to-one relations is a single value: a relation whose targets are unknown,
 *       or an entity on the way whose existence is unknown, make it unknown; a relation with no
 *       target makes it absent, and several targets (which the model builder does not forbid) make
 *       it unknown: which one is meant cannot be told.</li>
 *   <li>A path through a to-many relation is a collection: each element is present, absent (an
 *       attribute that is not there) or a "maybe" element (reached through, or being, an entity
 *       whose existence is unknown, or an unknown value); a relation whose targets are unknown on
 *       the way makes the collection incomplete (there may be more elements).</li>
 *   <li>A collection holds the values that are set: an absent element is left out of membership,
 *       non-emptiness and {@code count}; an unknown element makes them unknown where it could
 *       change the answer.</li>
 *   <li>{@code count} is unknown when an element is unknown or the collection is incomplete;
 *       {@code sum}, {@code min}, {@code max} and {@code avg} also when an element is absent (a
 *       missing number is never read as none); {@code where} is evaluated on the entity that owns each
 *       element and an element whose filter is unknown is an unknown element. {@code sum} of
 *       nothing is 0; {@code min}, {@code max}, {@code avg} of nothing are absent.</li>
 *   <li>int op int stays an int, except {@code /}, which gives a decimal; a division by zero (or
 *       anything that is not a finite number) is unknown. Numbers compare as numbers: ints and
 *       decimals mix, and {@code -0.0 == 0}.</li>
 *   <li>Quantifiers count, for each entity of the range, "filter and claim" (every: "filter
 *       implies claim") in three-valued logic, an entity that may not exist being a maybe member.</li>
 *   <li>At the top, {@code every}/{@code no} give a verdict per entity in scope (its existence and
 *       filter not false; without {@code has}, every entity, the filter being the claim): every fails an entity surely in scope whose claim is false, no fails an
 *       entity surely in scope whose claim is true; undecided is unknown. The rule fails if any
 *       entity fails, else is unknown if any is unknown, else passes; it is skipped when nothing is
 *       in scope. Counting quantifiers give one verdict from the counts of "filter and claim" over
 *       every entity of the kind.</li>
 * </ul>
 */
public final class ReferenceInterpreter {
    private final Model model;
    private final Map<String, Value> params;

    public ReferenceInterpreter(Model model, Map<String, Value> params) {
        this.model = model;
        this.params = Map.copyOf(params);
    }

    // ---------------------------------------------------------------------------------------
    // Runtime values

    /** An entity: its kind's name and its index in that kind's table. */
    record Ent(String kind, int index) {
    }

    enum State { PRESENT, ABSENT, UNKNOWN }

    /** A single value: Long, Double, String, Boolean or {@link Ent}, with its state. */
    record Val(State state, Object value) {
        static final Val ABSENT = new Val(State.ABSENT, null);
        static final Val UNKNOWN = new Val(State.UNKNOWN, null);

        static Val of(Object value) {
            return new Val(State.PRESENT, Objects.requireNonNull(value));
        }

        boolean present() {
            return state == State.PRESENT;
        }
    }

    /** A collection: its elements, and whether it may hold more than these. */
    record Coll(List<Val> elements, boolean incomplete) {
    }

    /** A scope: the entity at hand, the name it is bound to (or null), and the enclosing scope. */
    record Env(String binding, Ent entity, Env outer) {
    }

    /** A path resolved against the scopes: a param, or a start scope, relations, maybe an attribute. */
    private record Resolved(Value param, Env start, List<RelationDef> steps, AttributeDef attribute) {
        boolean many() {
            return steps.stream().anyMatch(RelationDef::many);
        }

        boolean isCollection() {
            return param != null ? param instanceof Value.ListValue : many();
        }
    }

    // ---------------------------------------------------------------------------------------
    // Top level

    public ReferenceResult evaluate(Rule rule) {
        Quantified q = rule.assertion();
        String kind = q.range().head().name();
        EntityTable table = model.table(kind);
        Quantifier.Kind qk = q.quantifier().kind();
        boolean perEntity = qk == Quantifier.Kind.EVERY || qk == Quantifier.Kind.NO;
        int inScope = 0;
        int yes = 0;
        int maybe = 0;
        Set<String> failing = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < table.size(); i++) {
            Env env = new Env(q.binding().map(Identifier::name).orElse(null), new Ent(kind, i), null);
            K3 exists = table.existenceUnknown(i) == null ? K3.TRUE : K3.UNKNOWN;
            // Without `has` the filter is the claim; counting quantifiers count "filter and claim";
            // in both cases every entity of the kind is in scope.
            boolean filterScopes = perEntity && q.claim().isPresent();
            K3 filter = q.filter().isPresent() ? cond(q.filter().get(), env) : K3.TRUE;
            K3 w = filterScopes ? exists.and(filter) : exists;
            if (w == K3.FALSE) {
                continue;
            }
            inScope++;
            K3 claim = q.claim().isPresent() ? cond(q.claim().get(), env) : K3.TRUE;
            K3 h = filterScopes ? claim : filter.and(claim);
            if (!perEntity) {
                K3 x = w.and(h);
                if (x == K3.TRUE) {
                    yes++;
                } else if (x == K3.UNKNOWN) {
                    maybe++;
                }
                continue;
            }
            // every: the entity passes when "in scope implies claim" holds; no: when "in scope
            // and claim" does not.
            K3 pass = qk == Quantifier.Kind.EVERY ? w.not().or(h) : w.and(h).not();
            if (pass == K3.FALSE) {
                failing.add(table.id(i));
            } else if (pass == K3.UNKNOWN) {
                unknown.add(table.id(i));
            }
        }
        Verdict verdict;
        if (inScope == 0) {
            verdict = Verdict.SKIP;
        } else if (perEntity) {
            verdict = !failing.isEmpty() ? Verdict.FAIL : !unknown.isEmpty() ? Verdict.UNKNOWN : Verdict.PASS;
        } else {
            if (table.hasSymbolic()) {
                // a symbolic zone may be another counted one: the named ones differ, and one at least
                int sure = Math.max(Math.max(yes - table.symbolicCount(), 0), Math.min(yes, 1));
                maybe += yes - sure;
                yes = sure;
            }
            verdict = switch (count(q.quantifier(), yes, maybe, false)) {
                case TRUE -> Verdict.PASS;
                case FALSE -> Verdict.FAIL;
                case UNKNOWN -> Verdict.UNKNOWN;
            };
        }
        return new ReferenceResult(verdict, inScope, failing, unknown, yes, maybe);
    }

    /**
     * A counting verdict: {@code yes} members surely satisfy, {@code maybe} might, and an
     * incomplete range may hold any number more. (For every and no, see {@link #quantified}.)
     */
    static K3 count(Quantifier q, int yes, int maybe, boolean incomplete) {
        int n = q.count();
        int low = yes;
        boolean unbounded = incomplete;
        int high = yes + maybe;
        return switch (q.kind()) {
            case SOME -> count(new Quantifier(Quantifier.Kind.AT_LEAST, 1), yes, maybe, incomplete);
            case AT_LEAST -> low >= n ? K3.TRUE : (high >= n || unbounded) ? K3.UNKNOWN : K3.FALSE;
            case AT_MOST -> low > n ? K3.FALSE : (high <= n && !unbounded) ? K3.TRUE : K3.UNKNOWN;
            case EXACTLY -> low > n ? K3.FALSE
                    : (low == n && high == n && !unbounded) ? K3.TRUE
                    : (high >= n || unbounded) ? K3.UNKNOWN : K3.FALSE;
            default -> throw new IllegalArgumentException(q.kind() + " is not a counting quantifier");
        };
    }

    // ---------------------------------------------------------------------------------------
    // Conditions

    K3 cond(Expr e, Env env) {
        if (e instanceof Logical l) {
            K3 a = cond(l.left(), env);
            K3 b = cond(l.right(), env);
            return l.operator() == Logical.Operator.AND ? a.and(b) : a.or(b);
        }
        if (e instanceof Not n) {
            return cond(n.operand(), env).not();
        }
        if (e instanceof Comparison c) {
            return comparison(c, env);
        }
        if (e instanceof PresenceTest p) {
            K3 set;
            if (isCollection(p.operand(), env)) {
                set = nonEmpty(coll(p.operand(), env));
            } else {
                set = switch (scalar(p.operand(), env).state()) {
                    case PRESENT -> K3.TRUE;
                    case ABSENT -> K3.FALSE;
                    case UNKNOWN -> K3.UNKNOWN;
                };
            }
            return p.set() ? set : set.not();
        }
        if (e instanceof Quantified q) {
            return quantified(q, env);
        }
        if (isCollection(e, env)) {
            // a bare to-many relation: "non-empty"
            return nonEmpty(coll(e, env));
        }
        if (e instanceof Path p) {
            Resolved r = resolve(p, env);
            if (r.param() == null && r.attribute() == null) {
                // a bare to-one relation: "leads somewhere"
                return switch (single(r).state()) {
                    case PRESENT -> K3.TRUE;
                    case ABSENT -> K3.FALSE;
                    case UNKNOWN -> K3.UNKNOWN;
                };
            }
        }
        Val v = scalar(e, env);
        return v.present() ? K3.of((Boolean) v.value()) : K3.UNKNOWN;
    }

    private static K3 nonEmpty(Coll c) {
        K3 result = K3.FALSE;
        for (Val v : c.elements()) {
            if (v.present()) {
                return K3.TRUE;
            }
            if (v.state() == State.UNKNOWN) {
                result = K3.UNKNOWN;
            }
        }
        return c.incomplete() ? K3.UNKNOWN : result;
    }

    private K3 quantified(Quantified q, Env env) {
        Resolved range = resolve(q.range(), env);
        Coll members = walk(range);
        String binding = q.binding().map(Identifier::name).orElse(null);
        boolean every = q.quantifier().kind() == Quantifier.Kind.EVERY;
        int yes = 0;
        int maybe = 0;
        int yesNamed = -1; // counted members that are not symbolic, when symbolic ones may be among them
        boolean anyFalse = false;
        for (Val m : members.elements()) {
            K3 member = m.present() ? K3.TRUE : K3.UNKNOWN;
            Ent e = (Ent) m.value();
            Env inner = new Env(binding, e, env);
            K3 w = q.filter().isPresent() ? member.and(cond(q.filter().get(), inner)) : member;
            K3 h = q.claim().isPresent() ? cond(q.claim().get(), inner) : K3.TRUE;
            K3 x = every ? w.not().or(h) : w.and(h);
            if (e != null && model.table(e.kind()).hasSymbolic() && yesNamed < 0) {
                yesNamed = 0;
            }
            if (x == K3.TRUE) {
                yes++;
                if (yesNamed >= 0 && model.table(e.kind()).symbolic(e.index()) == null) {
                    yesNamed++;
                }
            } else if (x == K3.UNKNOWN) {
                maybe++;
            } else {
                anyFalse = true;
            }
        }
        if (!every && q.quantifier().kind() != Quantifier.Kind.NO && yesNamed >= 0) {
            // a symbolic zone may be another counted one: the named ones differ, and one at least
            int sure = Math.max(yesNamed, Math.min(yes, 1));
            maybe += yes - sure;
            yes = sure;
        }
        return switch (q.quantifier().kind()) {
            case EVERY -> anyFalse ? K3.FALSE : (maybe > 0 || members.incomplete()) ? K3.UNKNOWN : K3.TRUE;
            case NO -> yes > 0 ? K3.FALSE : (maybe > 0 || members.incomplete()) ? K3.UNKNOWN : K3.TRUE;
            default -> count(q.quantifier(), yes, maybe, members.incomplete());
        };
    }

    private K3 comparison(Comparison c, Env env) {
        switch (c.operator()) {
            case IN, NOT_IN -> {
                K3 found = member(scalar(c.left(), env), coll(c.right(), env));
                return c.operator() == Comparison.Operator.IN ? found : found.not();
            }
            case CONTAINS -> {
                if (isCollection(c.left(), env)) {
                    return member(scalar(c.right(), env), coll(c.left(), env));
                }
                Val text = scalar(c.left(), env);
                Val part = scalar(c.right(), env);
                if (!text.present() || !part.present()) {
                    return K3.UNKNOWN;
                }
                return K3.of(((String) text.value()).contains((String) part.value()));
            }
            case MATCHES -> {
                Val text = scalar(c.left(), env);
                if (!text.present()) {
                    return K3.UNKNOWN;
                }
                String regex = ((Literal.StringLiteral) c.right()).value();
                return K3.of(Pattern.compile(regex).matcher((String) text.value()).matches());
            }
            default -> {
                Val a = scalar(c.left(), env);
                Val b = scalar(c.right(), env);
                if (!a.present() || !b.present()) {
                    return K3.UNKNOWN;
                }
                if (a.value() instanceof Number x && b.value() instanceof Number y) {
                    int cmp = compareNumbers(x, y);
                    return K3.of(switch (c.operator()) {
                        case EQ -> cmp == 0;
                        case NE -> cmp != 0;
                        case LT -> cmp < 0;
                        case LE -> cmp <= 0;
                        case GT -> cmp > 0;
                        case GE -> cmp >= 0;
                        default -> throw new IllegalStateException(c.operator().name());
                    });
                }
                K3 equal = same(a.value(), b.value());
                return switch (c.operator()) {
                    case EQ -> equal;
                    case NE -> equal.not();
                    default -> throw new IllegalStateException("order on non-numbers: " + c);
                };
            }
        }
    }

    /** Numbers as numbers: two ints exactly, otherwise as doubles, with -0.0 equal to 0.0. */
    private static int compareNumbers(Number x, Number y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Long.compare(a, b);
        }
        double a = x.doubleValue();
        double b = y.doubleValue();
        return a == b ? 0 : Double.compare(a, b);
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        return a.equals(b);
    }

    /**
     * Whether two values are the same, in three values: two different entities of which one is
     * symbolic (a zone of a subnet whose zone is not known) may be one, unless known to differ.
     */
    private K3 same(Object a, Object b) {
        if (sameValue(a, b)) {
            return K3.TRUE;
        }
        if (a instanceof Ent x && b instanceof Ent y && x.kind().equals(y.kind())
                && model.table(x.kind()).mayBeSame(x.index(), y.index())) {
            return K3.UNKNOWN;
        }
        return K3.FALSE;
    }

    /** Whether the needle is among the elements: true on a present match; else unknown if any element is not present or more may exist. */
    private K3 member(Val needle, Coll haystack) {
        if (!needle.present()) {
            return K3.UNKNOWN;
        }
        K3 found = K3.FALSE;
        for (Val v : haystack.elements()) {
            if (v.state() == State.UNKNOWN) {
                found = K3.UNKNOWN;
            } else if (v.state() == State.ABSENT) {
                continue;
            } else {
                K3 same = same(needle.value(), v.value());
                if (same == K3.TRUE) {
                    return K3.TRUE;
                }
                if (same == K3.UNKNOWN) {
                    found = K3.UNKNOWN;
                }
            }
        }
        return found == K3.FALSE && haystack.incomplete() ? K3.UNKNOWN : found;
    }

    // ---------------------------------------------------------------------------------------
    // Values

    Val scalar(Expr e, Env env) {
        if (e instanceof Literal.IntLiteral i) {
            return Val.of(i.value());
        }
        if (e instanceof Literal.DecimalLiteral d) {
            return Val.of(d.value().doubleValue());
        }
        if (e instanceof Literal.StringLiteral s) {
            return Val.of(s.value());
        }
        if (e instanceof Literal.BoolLiteral b) {
            return Val.of(b.value());
        }
        if (e instanceof Path p) {
            Resolved r = resolve(p, env);
            if (r.param() != null) {
                return Val.of(box(r.param()));
            }
            return single(r);
        }
        if (e instanceof Aggregate a) {
            return aggregate(a, env);
        }
        if (e instanceof Arithmetic a) {
            return arithmetic(a, env);
        }
        if (e instanceof Literal.ListLiteral) {
            throw new IllegalStateException("a list is not a single value: " + e);
        }
        // a condition used as a value
        K3 t = cond(e, env);
        return t == K3.UNKNOWN ? Val.UNKNOWN : Val.of(t == K3.TRUE);
    }

    private Val arithmetic(Arithmetic a, Env env) {
        Val x = scalar(a.left(), env);
        if (!x.present()) {
            return x;
        }
        Val y = scalar(a.right(), env);
        if (!y.present()) {
            return y;
        }
        Number l = (Number) x.value();
        Number r = (Number) y.value();
        if (l instanceof Long p && r instanceof Long q && a.operator() != Arithmetic.Operator.DIVIDE) {
            java.math.BigInteger exact = switch (a.operator()) {
                case ADD -> java.math.BigInteger.valueOf(p).add(java.math.BigInteger.valueOf(q));
                case SUBTRACT -> java.math.BigInteger.valueOf(p).subtract(java.math.BigInteger.valueOf(q));
                case MULTIPLY -> java.math.BigInteger.valueOf(p).multiply(java.math.BigInteger.valueOf(q));
                case DIVIDE -> throw new IllegalStateException();
            };
            // a result no whole number of 64 bits holds is unknown, never a wrapped-around one
            return exact.bitLength() < 64 ? Val.of(exact.longValue()) : Val.UNKNOWN;
        }
        double p = l.doubleValue();
        double q = r.doubleValue();
        double v = switch (a.operator()) {
            case ADD -> p + q;
            case SUBTRACT -> p - q;
            case MULTIPLY -> p * q;
            case DIVIDE -> p / q;
        };
        return Double.isFinite(v) ? Val.of(v) : Val.UNKNOWN;
    }

    private Val aggregate(Aggregate a, Env env) {
        Resolved path = resolve(a.path(), env);
        if (path.param() != null) {
            throw new IllegalStateException("an aggregate over a param: " + a);
        }
        List<Val> elements;
        boolean incomplete;
        if (a.filter().isEmpty()) {
            Coll c = walk(path);
            elements = c.elements();
            incomplete = c.incomplete();
        } else {
            Coll owners = walk(new Resolved(null, path.start(), path.steps(), null));
            incomplete = owners.incomplete();
            elements = new ArrayList<>();
            for (Val owner : owners.elements()) {
                Ent ent = (Ent) owner.value();
                K3 pass = (owner.present() ? K3.TRUE : K3.UNKNOWN).and(cond(a.filter().get(), new Env(null, ent, env)));
                if (pass == K3.FALSE) {
                    continue;
                }
                Val element = path.attribute() == null ? Val.of(ent) : attribute(ent, path.attribute());
                elements.add(pass == K3.TRUE ? element : Val.UNKNOWN);
            }
        }
        if (a.function() == Aggregate.Function.COUNT) {
            // an absent value is not a value: count leaves it out; the other aggregates need it
            elements = elements.stream().filter(v -> v.state() != State.ABSENT).toList();
        }
        boolean undecided = incomplete || elements.stream().anyMatch(v -> !v.present());
        if (undecided) {
            return Val.UNKNOWN;
        }
        List<Object> values = new ArrayList<>();
        elements.forEach(v -> values.add(v.value()));
        if (a.distinct()) {
            List<Object> once = new ArrayList<>();
            for (Object v : values) {
                if (once.stream().noneMatch(o -> sameValue(o, v))) {
                    once.add(v);
                }
            }
            for (int i = 0; i < once.size(); i++) {
                for (int j = i + 1; j < once.size(); j++) {
                    if (same(once.get(i), once.get(j)) == K3.UNKNOWN) {
                        return Val.UNKNOWN; // two that may be one: how many different is not known
                    }
                }
            }
            values.clear();
            values.addAll(once);
        }
        if (a.function() == Aggregate.Function.COUNT) {
            return Val.of((long) values.size());
        }
        boolean ints = path.attribute().type() == ValueType.INT;
        if (values.isEmpty()) {
            if (a.function() == Aggregate.Function.SUM) {
                return ints ? Val.of(0L) : Val.of(0.0);
            }
            return Val.ABSENT;
        }
        switch (a.function()) {
            case SUM -> {
                if (ints) {
                    java.math.BigInteger s = java.math.BigInteger.ZERO;
                    for (Object v : values) {
                        s = s.add(java.math.BigInteger.valueOf((Long) v));
                    }
                    return s.bitLength() < 64 ? Val.of(s.longValue()) : Val.UNKNOWN;
                }
                double s = 0;
                for (Object v : values) {
                    s += ((Number) v).doubleValue();
                }
                return Val.of(s);
            }
            case MIN, MAX -> {
                Object best = values.get(0);
                for (Object v : values) {
                    int cmp = compareNumbers((Number) v, (Number) best);
                    if (a.function() == Aggregate.Function.MIN ? cmp < 0 : cmp > 0) {
                        best = v;
                    }
                }
                return Val.of(best);
            }
            case AVG -> {
                BigDecimal s = BigDecimal.ZERO;
                for (Object v : values) {
                    s = s.add(v instanceof Long l ? BigDecimal.valueOf(l) : BigDecimal.valueOf((Double) v));
                }
                return Val.of(s.doubleValue() / values.size());
            }
            default -> throw new IllegalStateException(a.function().name());
        }
    }

    Coll coll(Expr e, Env env) {
        if (e instanceof Literal.ListLiteral l) {
            List<Val> elements = new ArrayList<>();
            for (Literal x : l.elements()) {
                elements.add(scalar(x, env));
            }
            return new Coll(elements, false);
        }
        if (e instanceof Path p) {
            Resolved r = resolve(p, env);
            if (r.param() != null) {
                List<Val> elements = new ArrayList<>();
                for (Value v : ((Value.ListValue) r.param()).elements()) {
                    elements.add(Val.of(box(v)));
                }
                return new Coll(elements, false);
            }
            return walk(r);
        }
        throw new IllegalStateException("not a collection: " + e);
    }

    boolean isCollection(Expr e, Env env) {
        if (e instanceof Literal.ListLiteral) {
            return true;
        }
        return e instanceof Path p && resolve(p, env).isCollection();
    }

    // ---------------------------------------------------------------------------------------
    // Paths

    private Resolved resolve(Path p, Env env) {
        List<Identifier> segments = p.segments();
        String head = segments.get(0).name();
        Env start = null;
        int next = 0;
        for (Env f = env; f != null; f = f.outer()) {
            if (head.equals(f.binding())) {
                start = f;
                next = 1;
                break;
            }
        }
        if (start == null) {
            KindDef kind = kind(env.entity().kind());
            if (kind.attribute(head).isPresent() || kind.relation(head).isPresent()) {
                start = env;
            } else if (params.containsKey(head)) {
                return new Resolved(params.get(head), null, List.of(), null);
            } else {
                throw new IllegalStateException("cannot resolve '" + p.text() + "' on " + kind.name());
            }
        }
        KindDef kind = kind(start.entity().kind());
        List<RelationDef> steps = new ArrayList<>();
        for (int i = next; i < segments.size(); i++) {
            String name = segments.get(i).name();
            var relation = kind.relation(name);
            if (relation.isPresent()) {
                steps.add(relation.get());
                kind = kind(relation.get().target());
                continue;
            }
            var attribute = kind.attribute(name);
            if (attribute.isEmpty() || i != segments.size() - 1) {
                throw new IllegalStateException("cannot resolve '" + p.text() + "' at " + name);
            }
            return new Resolved(null, start, steps, attribute.get());
        }
        return new Resolved(null, start, steps, null);
    }

    /** A path through to-one relations, as one value. */
    private Val single(Resolved r) {
        Ent e = r.start().entity();
        for (RelationDef step : r.steps()) {
            Relation relation = model.table(e.kind()).relation(step.name());
            if (relation.unknownReason(e.index()) != null) {
                return Val.UNKNOWN;
            }
            if (relation.count(e.index()) == 0) {
                return Val.ABSENT;
            }
            if (relation.count(e.index()) > 1) {
                return Val.UNKNOWN;
            }
            e = new Ent(step.target(), relation.target(relation.start(e.index())));
            if (model.table(e.kind()).existenceUnknown(e.index()) != null) {
                return Val.UNKNOWN;
            }
        }
        return r.attribute() == null ? Val.of(e) : attribute(e, r.attribute());
    }

    /** A path as a collection: every element it reaches, maybe ones included, and whether more may exist. */
    private Coll walk(Resolved r) {
        List<Val> out = new ArrayList<>();
        boolean[] incomplete = {false};
        walk(r, 0, r.start().entity(), false, out, incomplete);
        return new Coll(out, incomplete[0]);
    }

    private void walk(Resolved r, int k, Ent e, boolean maybe, List<Val> out, boolean[] incomplete) {
        if (k == r.steps().size()) {
            Val v = r.attribute() == null ? Val.of(e) : attribute(e, r.attribute());
            // an element reached through an entity that may not exist is itself a maybe
            out.add(maybe ? new Val(State.UNKNOWN, v.value()) : v);
            return;
        }
        RelationDef step = r.steps().get(k);
        Relation relation = model.table(e.kind()).relation(step.name());
        if (relation.unknownReason(e.index()) != null) {
            incomplete[0] = true;
        }
        EntityTable next = model.table(step.target());
        for (int s = relation.start(e.index()); s < relation.end(e.index()); s++) {
            int t = relation.target(s);
            walk(r, k + 1, new Ent(step.target(), t), maybe || next.existenceUnknown(t) != null, out, incomplete);
        }
    }

    private Val attribute(Ent e, AttributeDef attribute) {
        Value v = model.table(e.kind()).column(attribute.name()).value(e.index());
        if (v == null) {
            return Val.ABSENT;
        }
        if (v instanceof Value.Unknown) {
            return Val.UNKNOWN;
        }
        return Val.of(box(v));
    }

    private static Object box(Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Decimal d) {
            return d.value();
        }
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        throw new IllegalStateException("not a single value: " + v);
    }

    private KindDef kind(String name) {
        return model.schema().kind(name).orElseThrow();
    }
}
