package org.invar.dsl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.invar.dsl.internal.InvarLexer;
import org.invar.dsl.internal.InvarParser;

/**
 * After a syntax error ANTLR recovers and reads on, so one broken declaration need not hide the
 * mistakes of the others. This tells which declarations of a recovered file say what their author
 * wrote, and may be built and checked:
 * <ul>
 * <li>not one with an error of its own, except in a rule's settings (severity, title, ...): a
 * broken setting is left out, and the rule is read without it;
 * <li>not one followed by tokens that recovery skipped between declarations ({@code every az has
 * x y z} reads as {@code every az has x} and skips {@code y z}, which the author meant as part of
 * it);
 * <li>not one that recovery resumed in the middle of a line after a broken declaration: it is a
 * fragment of that one ({@code rule 1abc { assert every az has x }} resumes at 'every').
 * </ul>
 */
final class ReadableDeclarations {
    private ReadableDeclarations() {
    }

    static Set<InvarParser.DeclarationContext> of(InvarParser.FileContext file, TokenStream tokens) {
        Set<InvarParser.DeclarationContext> readable = Collections.newSetFromMap(new IdentityHashMap<>());
        InvarParser.DeclarationContext previous = null;
        boolean previousBroken = false;
        for (int i = 0; i < file.getChildCount(); i++) {
            ParseTree child = file.getChild(i);
            if (child instanceof ErrorNode) {
                // Skipped text after a declaration: it belonged to it.
                if (previous != null) {
                    readable.remove(previous);
                }
                previousBroken = true;
            }
            if (!(child instanceof InvarParser.DeclarationContext d)) {
                continue;
            }
            boolean fragment = previousBroken && !beginsLine(tokens, d.getStart());
            boolean broken = fragment || brokenOutsideSettings(d);
            if (!broken) {
                readable.add(d);
            }
            previous = d;
            previousBroken = broken;
        }
        if (file.exception != null && previous != null) {
            // The file itself failed (at its end): what the last declaration would have been is unclear.
            readable.remove(previous);
        }
        return readable;
    }

    /**
     * Whether a declaration has an error that is not confined to a rule's settings. Between the
     * rule's '{' and its 'assert' every error is a setting's: a broken setting, or words recovery
     * skipped there (a misspelled setting, a second title string). They are reported, and the
     * rule is read without them, since its invariant starts after a real 'assert'.
     */
    private static boolean brokenOutsideSettings(InvarParser.DeclarationContext d) {
        if (d.exception != null) {
            return true;
        }
        InvarParser.RuleDeclContext rule = d.ruleDecl();
        if (rule == null) {
            return ParseTrees.hasErrors(d);
        }
        if (rule.exception != null || d.getChildCount() != 1) {
            return true;
        }
        boolean inSettings = false;
        boolean asserted = false;
        for (int i = 0; i < rule.getChildCount(); i++) {
            ParseTree part = rule.getChild(i);
            boolean real = part instanceof TerminalNode t && !(part instanceof ErrorNode);
            int type = real ? ((TerminalNode) part).getSymbol().getType() : Token.INVALID_TYPE;
            if (inSettings && type == InvarLexer.ASSERT) {
                inSettings = false;
                asserted = true;
            } else if (!inSettings && !asserted && type == InvarLexer.LBRACE) {
                inSettings = true;
            } else if (!inSettings && ParseTrees.hasErrors(part)) {
                return true;
            }
        }
        return !asserted;
    }

    private static boolean beginsLine(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getLine() < token.getLine();
            }
        }
        return true;
    }
}
