package org.invar.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.check.CheckedRule;
import org.invar.check.Checker;
import org.invar.check.PathPlan;
import org.invar.check.Type;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;
import org.invar.model.Value;
import org.invar.schema.ValueType;

/**
 * Turns a checked rule into a tree of small evaluation nodes bound to one model's storage:
 * columns and index arrays are resolved here, once, so evaluation does no lookups by name.
 * String literals become pool codes; a literal that no value of the model has gets a code of its
 * own that equals nothing else.
 */
final class Compiler {
    private final CheckedRule rule;
    private final Model model;
    private final Map<String, Long> absentStrings = new HashMap<>();

    Compiler(CheckedRule rule, Model model) {
        this.rule = rule;
        this.model = model;
    }

    Cond cond(Expr e) {
        if (e instanceof Logical l) {
            Cond left = cond(l.left());
            Cond right = cond(l.right());
            return l.operator() == Logical.Operator.AND ? new Logic.And(left, right) : new Logic.Or(left, right);
        }
        if (e instanceof Not n) {
            return new Logic.Not(cond(n.operand()));
        }
        if (e instanceof Comparison c) {
            return comparison(c);
        }
        if (e instanceof PresenceTest p) {
            Type t = rule.type(p.operand());
            return t.isCollection() ? new Logic.Presence(null, coll(p.operand()), p.set())
                    : new Logic.Presence(scalar(p.operand()), null, p.set());
        }
        if (e instanceof Quantified q) {
            return quantifier(q);
        }
        Type t = rule.type(e);
        if (t.isCollection()) {
            return new Logic.NonEmpty(coll(e));
        }
        if (t.isEntity()) {
            return new Logic.Exists(scalar(e));
        }
        return new Logic.BoolValue(scalar(e));
    }

    QuantifierNode quantifier(Quantified q) {
        int slot = rule.quantifierSlots().get(q);
        return new QuantifierNode(q.quantifier(), coll(q.range()), slot, q.filter().map(this::cond).orElse(null),
                q.claim().map(this::cond).orElse(null));
    }

    private Cond comparison(Comparison c) {
        Type lt = rule.type(c.left());
        Type rt = rule.type(c.right());
        return switch (c.operator()) {
            case IN, NOT_IN -> new Compare.Member(c.operator() == Comparison.Operator.NOT_IN, scalar(c.left()),
                    coll(c.right()), lt.isNumeric() && rt.single().isNumeric(), identities(lt));
            case CONTAINS -> lt.isCollection()
                    ? new Compare.Member(false, scalar(c.right()), coll(c.left()),
                            rt.isNumeric() && lt.single().isNumeric(), identities(rt))
                    : new Compare.Substring(scalar(c.left()), scalar(c.right()));
            case MATCHES -> new Compare.Matches(scalar(c.left()), rule.patterns().get(c));
            case EQ, NE, LT, LE, GT, GE -> ordered(c, lt, rt);
        };
    }

    /** Equality and order: of numbers, or the same bits of one type. */
    private Cond ordered(Comparison c, Type lt, Type rt) {
        Scalar left = scalar(c.left());
        Scalar right = scalar(c.right());
        Cond direct = attributeTest(c.operator(), left, right);
        if (direct != null) {
            return direct;
        }
        if (lt.isNumeric() && rt.isNumeric()) {
            boolean decimal = lt.scalar() == ValueType.DECIMAL || rt.scalar() == ValueType.DECIMAL;
            return new Compare.Numbers(c.operator(), left, right, decimal);
        }
        return new Compare.SameBits(c.operator() == Comparison.Operator.NE, left, right, identities(lt));
    }

    /**
     * {@code attribute op constant} (or the other way round) on the entity at hand, as one node;
     * null when the comparison has another shape.
     */
    private static Cond attributeTest(Comparison.Operator op, Scalar left, Scalar right) {
        if (right instanceof PathNode && left instanceof Constant) {
            return attributeTest(flip(op), right, left);
        }
        if (!(left instanceof PathNode path && path.isOwnAttribute() && right instanceof Constant k)) {
            return null;
        }
        Type lt = path.type();
        Type rt = k.type();
        boolean numeric = lt.isNumeric() && rt.isNumeric();
        if (!numeric && op != Comparison.Operator.EQ && op != Comparison.Operator.NE) {
            return null;
        }
        boolean decimal = numeric && (lt.scalar() == ValueType.DECIMAL || rt.scalar() == ValueType.DECIMAL);
        long bits = k.bits(null);
        return new AttributeTest(path.startSlot(), path.startTable(), path.attribute(), path.attributeName(), op,
                bits, decimal, decimal ? Scalar.asDouble(rt, bits) : 0);
    }

    /** The operator that says the same with its operands swapped. */
    private static Comparison.Operator flip(Comparison.Operator op) {
        return switch (op) {
            case LT -> Comparison.Operator.GT;
            case LE -> Comparison.Operator.GE;
            case GT -> Comparison.Operator.LT;
            case GE -> Comparison.Operator.LE;
            case EQ, NE -> op;
            case IN, NOT_IN, CONTAINS, MATCHES -> throw new IllegalArgumentException("not an order: " + op);
        };
    }

    Scalar scalar(Expr e) {
        if (e instanceof Literal l) {
            return constant(Checker.literalValue(l), rule.type(e));
        }
        if (e instanceof Path p) {
            PathPlan plan = rule.path(p);
            return plan.isParam() ? constant(plan.param(), plan.type()) : path(plan, true);
        }
        if (e instanceof Aggregate a) {
            return aggregate(a);
        }
        if (e instanceof Arithmetic a) {
            return new org.invar.eval.Arithmetic(a.operator(), scalar(a.left()), scalar(a.right()), rule.type(e));
        }
        return new CondValue(cond(e));
    }

    Coll coll(Expr e) {
        if (e instanceof Path p) {
            PathPlan plan = rule.path(p);
            if (plan.isParam()) {
                return constantList((Value.ListValue) plan.param(), plan.type().element());
            }
            return path(plan, true);
        }
        if (e instanceof Literal.ListLiteral l) {
            return constantList((Value.ListValue) Checker.literalValue(l), rule.type(e).element());
        }
        throw new IllegalStateException("not a collection: " + e);
    }

    /**
     * The table of an entity type when some of its entities are symbolic (they may be the same
     * as another), else null: comparisons of such entities are unknown where they may be one.
     */
    private EntityTable identities(Type t) {
        Type single = t.single();
        if (!single.isEntity()) {
            return null;
        }
        EntityTable table = model.table(single.kind());
        return table.hasSymbolic() ? table : null;
    }

    private AggregateNode aggregate(Aggregate a) {
        PathPlan plan = rule.path(a.path());
        Type element = plan.type().single();
        Type type = rule.type(a);
        if (a.filter().isEmpty()) {
            return new AggregateNode(a.function(), a.distinct(), path(plan, true), null, -1, null, null, element, type,
                    identities(element));
        }
        PathNode owners = path(plan, false);
        PathNode.Attribute attribute = null;
        if (plan.endsAtAttribute()) {
            EntityTable end = model.table(plan.endKind());
            attribute = new PathNode.Attribute(end, end.column(plan.attributeIndex()),
                    end.kind().attributes().get(plan.attributeIndex()).name());
        }
        int slot = rule.aggregateSlots().get(a);
        return new AggregateNode(a.function(), a.distinct(), null, owners, slot, cond(a.filter().get()), attribute,
                element, type, attribute == null ? identities(element) : null);
    }

    /** Binds a path; without {@code withAttribute} it stops at the entities that own the attribute. */
    PathNode path(PathPlan plan, boolean withAttribute) {
        List<PathPlan.Step> steps = plan.steps();
        Relation[] relations = new Relation[steps.size()];
        EntityTable[] tables = new EntityTable[steps.size()];
        String[] names = new String[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            PathPlan.Step step = steps.get(k);
            relations[k] = model.table(step.fromKind()).relation(step.relationIndex());
            tables[k] = model.table(step.toKind());
            names[k] = step.name();
        }
        EntityTable end = model.table(plan.endKind());
        boolean attribute = withAttribute && plan.endsAtAttribute();
        Type type = attribute ? plan.type()
                : plan.many() ? Type.collection(Type.entity(end.kind().name())) : Type.entity(end.kind().name());
        return new PathNode(plan.startSlot(), model.table(plan.startKind()), relations, tables, names,
                attribute ? end.column(plan.attributeIndex()) : null,
                attribute ? end.kind().attributes().get(plan.attributeIndex()).name() : null, type);
    }

    private Scalar constant(Value value, Type type) {
        if (value instanceof Value.Str s) {
            return new Constant(type, stringCode(s.value()), s.value());
        }
        return new Constant(type, bits(value, type), null);
    }

    private ConstantList constantList(Value.ListValue list, Type element) {
        long[] bits = new long[list.elements().size()];
        for (int i = 0; i < bits.length; i++) {
            Value v = list.elements().get(i);
            bits[i] = v instanceof Value.Str s ? stringCode(s.value()) : bits(v, element);
        }
        return new ConstantList(element, bits);
    }

    private long stringCode(String s) {
        int code = model.strings().code(s);
        if (code >= 0) {
            return code;
        }
        return absentStrings.computeIfAbsent(s, k -> -1L - absentStrings.size());
    }

    /** The bits of a value as the given type holds them: an int written where a decimal is wanted widens. */
    private static long bits(Value v, Type type) {
        if (v instanceof Value.Int i) {
            return type.scalar() == ValueType.DECIMAL ? Double.doubleToLongBits(i.value()) : i.value();
        }
        if (v instanceof Value.Decimal d) {
            return Double.doubleToLongBits(d.value());
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? 1 : 0;
        }
        throw new IllegalStateException("no bits for " + v);
    }
}
