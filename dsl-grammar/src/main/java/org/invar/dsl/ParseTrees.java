package org.invar.dsl;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/** Questions about parse trees that ANTLR's error recovery has been through. */
final class ParseTrees {
    private ParseTrees() {
    }

    /**
     * Whether recovery touched this subtree: a rule that failed keeps its exception, and a token
     * that was skipped, or made up because it was missing, is an error node; except a token of a
     * set (a name) made up where it was missing, which ANTLR drops, leaving its rule empty. A
     * subtree without any of these is exactly what was written. Iterative: a broken file may
     * nest deeply.
     */
    static boolean hasErrors(ParseTree tree) {
        Deque<ParseTree> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            ParseTree t = pending.pop();
            if (t instanceof ErrorNode) {
                return true;
            }
            if (t instanceof ParserRuleContext c) {
                if (c.exception != null || c.getChildCount() == 0) {
                    return true;
                }
                for (int i = 0; i < c.getChildCount(); i++) {
                    pending.push(c.getChild(i));
                }
            }
        }
        return false;
    }
}
