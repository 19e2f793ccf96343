package org.invar.dsl;

import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.ExprVisitor;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;

/** How deep an expression tree goes; later passes recurse over it, so it is bounded. */
final class Depth implements ExprVisitor<Integer> {
    private static final Depth INSTANCE = new Depth();

    static int of(Expr expr) {
        return expr.accept(INSTANCE);
    }

    private static int of(java.util.Optional<Expr> expr) {
        return expr.map(Depth::of).orElse(0);
    }

    @Override
    public Integer visitInt(Literal.IntLiteral literal) {
        return 1;
    }

    @Override
    public Integer visitDecimal(Literal.DecimalLiteral literal) {
        return 1;
    }

    @Override
    public Integer visitString(Literal.StringLiteral literal) {
        return 1;
    }

    @Override
    public Integer visitBool(Literal.BoolLiteral literal) {
        return 1;
    }

    @Override
    public Integer visitList(Literal.ListLiteral literal) {
        return 1 + literal.elements().stream().mapToInt(Depth::of).max().orElse(0);
    }

    @Override
    public Integer visitPath(Path path) {
        return 1;
    }

    @Override
    public Integer visitAggregate(Aggregate aggregate) {
        return 1 + of(aggregate.filter());
    }

    @Override
    public Integer visitArithmetic(Arithmetic a) {
        return 1 + Math.max(of(a.left()), of(a.right()));
    }

    @Override
    public Integer visitComparison(Comparison c) {
        return 1 + Math.max(of(c.left()), of(c.right()));
    }

    @Override
    public Integer visitPresence(PresenceTest test) {
        return 1 + of(test.operand());
    }

    @Override
    public Integer visitNot(Not not) {
        return 1 + of(not.operand());
    }

    @Override
    public Integer visitLogical(Logical l) {
        return 1 + Math.max(of(l.left()), of(l.right()));
    }

    @Override
    public Integer visitQuantified(Quantified q) {
        return 1 + Math.max(of(q.filter()), of(q.claim()));
    }
}
