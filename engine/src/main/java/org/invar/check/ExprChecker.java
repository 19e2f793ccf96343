package org.invar.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.Source;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.ExprVisitor;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.model.Suggestions;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;

/**
 * Types the expressions of one rule against the schema: resolves every path (binding, field of
 * the current entity, or param), gives every expression a {@link Type}, and reports what does
 * not fit as diagnostics, all of them. A node that fails to check gets a type that stops errors
 * from cascading.
 */
final class ExprChecker implements ExprVisitor<Type> {
    private final Schema schema;
    private final Source source;
    private final Map<String, Value> params;
    private final Set<String> unreadableParams;
    private final List<Diagnostic> diagnostics;
    private final Deque<Frame> frames = new ArrayDeque<>();

    final Map<Expr, Type> types = new IdentityHashMap<>();
    final Map<Path, PathPlan> paths = new IdentityHashMap<>();
    final Map<Quantified, Integer> quantifierSlots = new IdentityHashMap<>();
    final Map<Aggregate, Integer> aggregateSlots = new IdentityHashMap<>();
    final Map<Expr, Pattern> patterns = new IdentityHashMap<>();
    int slotCount;

    /** Stands for a node that failed to check, so that its parents say nothing more about it. */
    private static final Type ERROR = Type.scalar(ValueType.LIST);

    /**
     * {@code unreadableParams} are params whose declaration had a syntax error, already reported:
     * a use of one is left unchecked rather than reported again as an unknown name.
     */
    ExprChecker(Schema schema, Source source, Map<String, Value> params, Set<String> unreadableParams,
                List<Diagnostic> diagnostics) {
        this.schema = schema;
        this.source = source;
        this.params = params;
        this.unreadableParams = unreadableParams;
        this.diagnostics = diagnostics;
    }

    Map<String, Value> paramsView() {
        return params;
    }

    Set<String> unreadableParams() {
        return unreadableParams;
    }

    /**
     * Takes over what a placeholder's checker learnt, so the compiler finds it in one place. The
     * placeholder's slot 0 is the rule's entity; its other slots are moved past this checker's.
     */
    void adopt(ExprChecker other) {
        int offset = slotCount - 1;
        types.putAll(other.types);
        patterns.putAll(other.patterns);
        other.quantifierSlots.forEach((q, slot) -> quantifierSlots.put(q, slot + offset));
        other.aggregateSlots.forEach((a, slot) -> aggregateSlots.put(a, slot + offset));
        other.paths.forEach((path, p) -> paths.put(path, p.startSlot() < 1 ? p
                : new PathPlan(p.startSlot() + offset, p.startKind(), p.steps(), p.attributeIndex(), p.param(),
                        p.type())));
        slotCount += other.slotCount - 1;
    }

    /** Checks a rule's invariant; returns the kind index it ranges over, or -1. */
    int checkTop(Quantified q) {
        String kindName = q.range().head().name();
        int kind = schema.kindIndex(kindName);
        if (kind < 0) {
            error(q.range().position(), "unknown kind '" + kindName + "'" + Suggestions.didYouMean(kindName,
                    schema.kinds().stream().map(KindDef::name).toList()));
            return -1;
        }
        Frame frame = push(kind, q.binding().orElse(null));
        quantifierSlots.put(q, frame.slot);
        q.filter().ifPresent(f -> condition(f, "the 'with' clause"));
        q.claim().ifPresent(c -> condition(c, "the 'has' clause"));
        pop();
        types.put(q, Type.BOOL);
        return kind;
    }

    /** Checks a message placeholder in the scope of the rule's entity. */
    Type checkInScope(int kind, Expr expr) {
        Frame frame = new Frame(0, kind, null);
        frames.push(frame);
        slotCount = 1;
        Type t = check(expr);
        frames.pop();
        return t;
    }

    Type check(Expr expr) {
        Type t = expr.accept(this);
        types.put(expr, t);
        return t;
    }

    private boolean ok(Type t) {
        return t != ERROR;
    }

    /** Checks an expression that must be a condition: a bool, or a relation meaning "non-empty". */
    private void condition(Expr expr, String where) {
        Type t = check(expr);
        if (!ok(t) || t.isBool() || t.isEntity() || (t.isCollection() && t.element().isEntity())) {
            return;
        }
        if (t.isCollection()) {
            error(expr.position(), describe(expr) + " is " + t.describe() + ", not a condition: quantify it"
                    + " (some ... has ...) or compare an aggregate (count(...) >= 1)");
        } else {
            error(expr.position(), describe(expr) + " is " + article(t.describe()) + ", not a condition in " + where
                    + ": compare it, for example " + describe(expr) + exampleComparison(t));
        }
    }

    private static String exampleComparison(Type t) {
        return switch (t.scalar()) {
            case INT, DECIMAL -> " >= 1";
            case STRING -> " == \"...\"";
            default -> " is set";
        };
    }

    private Frame push(int kind, Identifier binding) {
        Frame f = new Frame(slotCount++, kind, binding);
        if (binding != null) {
            for (Frame outer : frames) {
                if (outer.binding != null && outer.binding.name().equals(binding.name())) {
                    error(binding.position(), "'" + binding.name() + "' is already bound by an enclosing quantifier:"
                            + " choose another name");
                }
            }
        }
        frames.push(f);
        return f;
    }

    private void pop() {
        Frame f = frames.pop();
        if (f.binding != null && !f.used) {
            error(f.binding.position(), "binding '" + f.binding.name() + "' is never used: remove 'as "
                    + f.binding.name() + "' or refer to it");
        }
    }

    @Override
    public Type visitInt(Literal.IntLiteral literal) {
        return Type.INT;
    }

    @Override
    public Type visitDecimal(Literal.DecimalLiteral literal) {
        return Type.DECIMAL;
    }

    @Override
    public Type visitString(Literal.StringLiteral literal) {
        return Type.STRING;
    }

    @Override
    public Type visitBool(Literal.BoolLiteral literal) {
        return Type.BOOL;
    }

    @Override
    public Type visitList(Literal.ListLiteral list) {
        Type element = null;
        for (Literal e : list.elements()) {
            Type t = check(e);
            if (t.isCollection()) {
                error(e.position(), "lists hold single values, not lists");
                return ERROR;
            }
            if (element == null) {
                element = t;
            } else if (!element.comparableWith(t)) {
                error(e.position(), "a list holds values of one type: this is " + article(t.describe())
                        + " among " + element.describe() + "s");
                return ERROR;
            } else if (t.scalar() == ValueType.DECIMAL) {
                element = t;
            }
        }
        return element == null ? Type.collection(Type.STRING) : Type.collection(element);
    }

    @Override
    public Type visitPath(Path path) {
        PathPlan plan = resolve(path);
        if (plan == null) {
            return ERROR;
        }
        paths.put(path, plan);
        return plan.type();
    }

    /** Resolves a path: its head is a binding, a field of the current entity, or a param. */
    private PathPlan resolve(Path path) {
        List<Identifier> segments = path.segments();
        Identifier head = segments.get(0);
        Frame current = frames.peek();
        Frame start = null;
        int next = 0;
        for (Frame f : frames) {
            if (f.binding != null && f.binding.name().equals(head.name())) {
                start = f;
                f.used = true;
                next = 1;
                break;
            }
        }
        if (start == null) {
            KindDef kind = schema.kind(current.kind);
            if (kind.attribute(head.name()).isPresent() || kind.relation(head.name()).isPresent()) {
                start = current;
            } else if (params.containsKey(head.name())) {
                if (segments.size() > 1) {
                    error(segments.get(1).position(), "'" + head.name() + "' is a param; it has no fields");
                    return null;
                }
                Value value = params.get(head.name());
                return new PathPlan(-1, -1, List.of(), -1, value, typeOf(value));
            } else if (unreadableParams.contains(head.name())) {
                return null;
            } else {
                Optional<String> closest = Suggestions.closest(head.name(), candidates(kind));
                boolean param = closest.isPresent() && params.containsKey(closest.get())
                        && !kind.fieldNames().contains(closest.get());
                // A misspelt param is named as one, so the author looks among the params, not the schema.
                String what = param ? "attribute, relation or param" : "attribute or relation";
                error(head.position(), "unknown " + what + " '" + head.name() + "' on " + kind.name()
                        + closest.map(c -> " (did you mean " + (param ? "the param " : "") + c + "?)").orElse(""));
                return null;
            }
        }
        int kind = start.kind;
        List<PathPlan.Step> steps = new ArrayList<>();
        for (int i = next; i < segments.size(); i++) {
            Identifier segment = segments.get(i);
            KindDef def = schema.kind(kind);
            int relation = def.relationIndex(segment.name());
            if (relation >= 0) {
                RelationDef r = def.relations().get(relation);
                int to = schema.kindIndex(r.target());
                steps.add(new PathPlan.Step(kind, relation, to, r.many(), r.name()));
                kind = to;
                continue;
            }
            int attribute = def.attributeIndex(segment.name());
            if (attribute >= 0) {
                if (i < segments.size() - 1) {
                    error(segments.get(i + 1).position(), "'" + segment.name() + "' is an attribute of " + def.name()
                            + ": nothing can follow it in a path");
                    return null;
                }
                AttributeDef a = def.attributes().get(attribute);
                Type single = Type.scalar(a.type());
                boolean many = steps.stream().anyMatch(PathPlan.Step::many);
                return new PathPlan(start.slot, start.kind, steps, attribute, null,
                        many ? Type.collection(single) : single);
            }
            error(segment.position(), "unknown attribute or relation '" + segment.name() + "' on " + def.name()
                    + Suggestions.didYouMean(segment.name(), def.fieldNames()));
            return null;
        }
        Type single = Type.entity(schema.kind(kind).name());
        boolean many = steps.stream().anyMatch(PathPlan.Step::many);
        return new PathPlan(start.slot, start.kind, steps, -1, null, many ? Type.collection(single) : single);
    }

    private List<String> candidates(KindDef kind) {
        Set<String> names = new LinkedHashSet<>(kind.fieldNames());
        for (Frame f : frames) {
            if (f.binding != null) {
                names.add(f.binding.name());
            }
        }
        names.addAll(params.keySet());
        return List.copyOf(names);
    }

    static Type typeOf(Value value) {
        if (value instanceof Value.Int) {
            return Type.INT;
        }
        if (value instanceof Value.Decimal) {
            return Type.DECIMAL;
        }
        if (value instanceof Value.Bool) {
            return Type.BOOL;
        }
        if (value instanceof Value.ListValue list) {
            if (list.elements().isEmpty()) {
                return Type.collection(Type.STRING);
            }
            boolean decimal = list.elements().stream().anyMatch(v -> v instanceof Value.Decimal);
            return Type.collection(decimal ? Type.DECIMAL : typeOf(list.elements().get(0)));
        }
        return Type.STRING;
    }

    @Override
    public Type visitAggregate(Aggregate a) {
        Path path = a.path();
        PathPlan plan = resolve(path);
        if (plan == null) {
            a.filter().ifPresent(this::check);
            return ERROR;
        }
        paths.put(path, plan);
        types.put(path, plan.type());
        if (plan.isParam()) {
            error(path.position(), "'" + path.text() + "' is a param: " + a.function().word()
                    + "(...) takes a path through relations");
            return ERROR;
        }
        if (a.filter().isPresent()) {
            // The filter speaks of the entity that owns each element: the last entity on the path.
            Frame frame = push(plan.endKind(), null);
            aggregateSlots.put(a, frame.slot);
            condition(a.filter().get(), "the 'where' clause");
            pop();
        }
        Type element = plan.type().single();
        if (a.function() == Aggregate.Function.COUNT) {
            return Type.INT;
        }
        if (!element.isNumeric()) {
            error(path.position(), a.function().word() + "(...) needs numbers, and " + path.text() + " is "
                    + (plan.type().isCollection() ? "a collection of " : "") + article(element.describe()));
            return ERROR;
        }
        return a.function() == Aggregate.Function.AVG ? Type.DECIMAL : element;
    }

    @Override
    public Type visitArithmetic(Arithmetic a) {
        Type left = check(a.left());
        Type right = check(a.right());
        if (!ok(left) || !ok(right)) {
            return ERROR;
        }
        for (Expr side : List.of(a.left(), a.right())) {
            Type t = types.get(side);
            if (t.isCollection()) {
                error(side.position(), collectionMessage(side, t));
                return ERROR;
            }
            if (!t.isNumeric()) {
                error(side.position(), "'" + a.operator().symbol() + "' works on numbers, and " + describe(side)
                        + " is " + article(t.describe()));
                return ERROR;
            }
        }
        boolean ints = left.scalar() == ValueType.INT && right.scalar() == ValueType.INT;
        return ints && a.operator() != Arithmetic.Operator.DIVIDE ? Type.INT : Type.DECIMAL;
    }

    @Override
    public Type visitComparison(Comparison c) {
        Type left = check(c.left());
        Type right = check(c.right());
        if (!ok(left) || !ok(right)) {
            return Type.BOOL;
        }
        switch (c.operator()) {
            case EQ, NE, LT, LE, GT, GE -> {
                for (Expr side : List.of(c.left(), c.right())) {
                    Type t = types.get(side);
                    if (t.isCollection() || t.scalar() == ValueType.LIST) {
                        error(side.position(), collectionMessage(side, t));
                        return Type.BOOL;
                    }
                }
                boolean order = c.operator() != Comparison.Operator.EQ && c.operator() != Comparison.Operator.NE;
                if (order && !(left.isNumeric() && right.isNumeric())) {
                    Expr bad = left.isNumeric() ? c.right() : c.left();
                    error(bad.position(), "'" + c.operator().symbol() + "' compares numbers, and " + describe(bad)
                            + " is " + article(types.get(bad).describe()));
                } else if (!left.comparableWith(right)) {
                    error(c.position(), "cannot compare " + describe(c.left()) + " (" + left.describe() + ") with "
                            + describe(c.right()) + " (" + right.describe() + ")");
                }
            }
            case IN, NOT_IN -> {
                if (isList(right) || isList(left)) {
                    listError(isList(right) ? c.right() : c.left());
                } else if (left.isCollection()) {
                    error(c.left().position(), collectionMessage(c.left(), left));
                } else if (!right.isCollection()) {
                    error(c.right().position(), "'" + c.operator().symbol() + "' needs a collection on its right, and "
                            + describe(c.right()) + " is " + article(right.describe()) + ": use '==' instead");
                } else if (right.isCollection() && !emptyList(c.right()) && !left.comparableWith(right)) {
                    error(c.position(), "cannot look for " + describe(c.left()) + " (" + left.describe() + ") among "
                            + describe(c.right()) + " (" + right.describe() + ")");
                }
            }
            case CONTAINS -> {
                if (isList(left) || isList(right)) {
                    listError(isList(left) ? c.left() : c.right());
                } else if (right.isCollection()) {
                    error(c.right().position(), collectionMessage(c.right(), right));
                } else if (left.isScalar() && left.scalar() == ValueType.STRING) {
                    if (!(right.isScalar() && right.scalar() == ValueType.STRING)) {
                        error(c.right().position(), "a string contains strings, and " + describe(c.right()) + " is "
                                + article(right.describe()));
                    }
                } else if (!left.isCollection()) {
                    error(c.left().position(), "'contains' needs a collection or a string on its left, and "
                            + describe(c.left()) + " is " + article(left.describe()));
                } else if (left.isCollection() && !left.comparableWith(right)) {
                    error(c.position(), "cannot look for " + describe(c.right()) + " (" + right.describe() + ") in "
                            + describe(c.left()) + " (" + left.describe() + ")");
                }
            }
            case MATCHES -> {
                if (!(left.isScalar() && left.scalar() == ValueType.STRING)) {
                    error(c.left().position(), left.isCollection() ? collectionMessage(c.left(), left)
                            : "'matches' tests strings, and " + describe(c.left()) + " is " + article(left.describe()));
                } else if (!(c.right() instanceof Literal.StringLiteral)) {
                    error(c.right().position(), "'matches' takes a regular expression in a string literal");
                } else {
                    String regex = ((Literal.StringLiteral) c.right()).value();
                    try {
                        patterns.put(c, Pattern.compile(regex));
                    } catch (PatternSyntaxException e) {
                        error(c.right().position(), "invalid regular expression: " + e.getDescription()
                                + " near index " + e.getIndex());
                    }
                }
            }
            default -> throw new IllegalStateException(c.operator().name());
        }
        return Type.BOOL;
    }

    /** An attribute of list type (an extension schema's): its elements have no declared type. */
    private static boolean isList(Type t) {
        return t.single().isScalar() && t.single().scalar() == ValueType.LIST;
    }

    private void listError(Expr e) {
        error(e.position(), describe(e) + " is a list attribute, whose elements have no declared type: test it with"
                + " 'is set' or 'is missing', or declare one attribute per element in the schema");
    }

    private static boolean emptyList(Expr e) {
        return e instanceof Literal.ListLiteral l && l.elements().isEmpty();
    }

    @Override
    public Type visitPresence(PresenceTest t) {
        Type operand = check(t.operand());
        if (ok(operand) && !(t.operand() instanceof Path)) {
            error(t.position(), "'is " + (t.set() ? "set" : "missing") + "' applies to an attribute or relation");
        }
        return Type.BOOL;
    }

    @Override
    public Type visitNot(Not n) {
        condition(n.operand(), "'not'");
        return Type.BOOL;
    }

    @Override
    public Type visitLogical(Logical l) {
        condition(l.left(), "'" + l.operator().word() + "'");
        condition(l.right(), "'" + l.operator().word() + "'");
        return Type.BOOL;
    }

    @Override
    public Type visitQuantified(Quantified q) {
        PathPlan plan = resolve(q.range());
        if (plan == null) {
            return Type.BOOL;
        }
        paths.put(q.range(), plan);
        types.put(q.range(), plan.type());
        if (plan.isParam() || plan.endsAtAttribute()) {
            error(q.range().position(), "'" + q.quantifier().text() + "' ranges over related entities, and '"
                    + q.range().text() + "' is " + (plan.isParam() ? "a param" : "an attribute")
                    + (plan.isParam() ? "" : ": compare it instead, or use 'in'"));
            return Type.BOOL;
        }
        Frame frame = push(plan.endKind(), q.binding().orElse(null));
        quantifierSlots.put(q, frame.slot);
        q.filter().ifPresent(f -> condition(f, "the 'with' clause"));
        q.claim().ifPresent(c -> condition(c, "the 'has' clause"));
        pop();
        return Type.BOOL;
    }

    private String collectionMessage(Expr expr, Type t) {
        String text = describe(expr);
        String aggregate = expr instanceof Path p ? "count(" + p.text() + ")" : "count(...)";
        return text + " is " + (t.isCollection() ? t.describe() : "a list")
                + ": quantify it (some ... has ...) or aggregate it (" + aggregate + ")";
    }

    private static String describe(Expr expr) {
        if (expr instanceof Path p) {
            return "'" + p.text() + "'";
        }
        return "the expression";
    }

    private static String article(String word) {
        if (word.startsWith("a collection")) {
            return word;
        }
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private void error(Position at, String message) {
        String code = message.startsWith("unknown") ? "unknown-name" : "type";
        diagnostics.add(Diagnostic.error(code, source, at.line(), at.column(), message));
    }
}
