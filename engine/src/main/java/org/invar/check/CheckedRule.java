package org.invar.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Rule;

/**
 * A rule that passed the type checker, with what the checker learnt: the type of every
 * expression, the resolution of every path, the frame slot of every quantifier and filtered
 * aggregate, compiled regular expressions, and the message split into text and placeholders.
 * The maps are keyed by node identity. {@code invariantText} is the invariant in canonical text,
 * printed once here rather than at every evaluation.
 */
public record CheckedRule(
        Rule rule,
        String file,
        int kind,
        int slotCount,
        Map<Expr, Type> types,
        Map<Path, PathPlan> paths,
        Map<Quantified, Integer> quantifierSlots,
        Map<Aggregate, Integer> aggregateSlots,
        Map<Expr, Pattern> patterns,
        List<MessagePart> message,
        String invariantText) {

    /** A piece of a message: literal text, or an expression to show the value of. */
    public record MessagePart(String text, Expr expr) {
        public boolean isText() {
            return expr == null;
        }
    }

    public Type type(Expr expr) {
        Type t = types.get(expr);
        if (t == null) {
            throw new IllegalStateException("expression was not checked: " + expr);
        }
        return t;
    }

    public PathPlan path(Path path) {
        return paths.get(path);
    }
}
