package org.invar.dsl.ast;

/**
 * Removes source positions, so that two ASTs that say the same thing compare equal wherever they
 * were written (a print and parse round trip, a generated AST against a parsed one).
 */
public final class Positions implements ExprVisitor<Expr> {
    private static final Positions INSTANCE = new Positions();
    private static final Position NONE = Position.NONE;

    private Positions() {
    }

    public static SourceFile strip(SourceFile file) {
        return new SourceFile(file.name(), file.declarations().stream().map(Positions::strip).toList());
    }

    public static Declaration strip(Declaration declaration) {
        if (declaration instanceof Import i) {
            return new Import(i.target(), NONE);
        }
        if (declaration instanceof Param p) {
            return new Param(strip(p.name()), strip(p.value()), NONE);
        }
        Rule r = (Rule) declaration;
        return new Rule(r.id(), r.bare(), r.severity(), r.title(), r.message(), r.docs(), r.tags(),
                r.unsuppressible(), strip(r.assertion()), NONE, NONE);
    }

    public static Expr strip(Expr expr) {
        return expr.accept(INSTANCE);
    }

    public static Literal strip(Literal literal) {
        return (Literal) literal.accept(INSTANCE);
    }

    public static Quantified strip(Quantified quantified) {
        return (Quantified) quantified.accept(INSTANCE);
    }

    public static Path strip(Path path) {
        return new Path(path.segments().stream().map(Positions::strip).toList());
    }

    public static Identifier strip(Identifier identifier) {
        return new Identifier(identifier.name(), NONE);
    }

    @Override
    public Expr visitInt(Literal.IntLiteral l) {
        return new Literal.IntLiteral(l.value(), NONE);
    }

    @Override
    public Expr visitDecimal(Literal.DecimalLiteral l) {
        return new Literal.DecimalLiteral(l.value(), NONE);
    }

    @Override
    public Expr visitString(Literal.StringLiteral l) {
        return new Literal.StringLiteral(l.value(), NONE);
    }

    @Override
    public Expr visitBool(Literal.BoolLiteral l) {
        return new Literal.BoolLiteral(l.value(), NONE);
    }

    @Override
    public Expr visitList(Literal.ListLiteral l) {
        return new Literal.ListLiteral(l.elements().stream().map(Positions::strip).toList(), NONE);
    }

    @Override
    public Expr visitPath(Path path) {
        return strip(path);
    }

    @Override
    public Expr visitAggregate(Aggregate a) {
        return new Aggregate(a.function(), a.distinct(), strip(a.path()), a.filter().map(Positions::strip), NONE);
    }

    @Override
    public Expr visitArithmetic(Arithmetic a) {
        return new Arithmetic(a.operator(), strip(a.left()), strip(a.right()), NONE);
    }

    @Override
    public Expr visitComparison(Comparison c) {
        return new Comparison(c.operator(), strip(c.left()), strip(c.right()), NONE);
    }

    @Override
    public Expr visitPresence(PresenceTest t) {
        return new PresenceTest(strip(t.operand()), t.set(), NONE);
    }

    @Override
    public Expr visitNot(Not n) {
        return new Not(strip(n.operand()), NONE);
    }

    @Override
    public Expr visitLogical(Logical l) {
        return new Logical(l.operator(), strip(l.left()), strip(l.right()), NONE);
    }

    @Override
    public Expr visitQuantified(Quantified q) {
        return new Quantified(q.quantifier(), strip(q.range()), q.binding().map(Positions::strip),
                q.filter().map(Positions::strip), q.claim().map(Positions::strip), NONE);
    }
}
