package org.invar.eval;

import org.invar.check.CheckedRule;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.model.EntityTable;
import org.invar.model.Model;

/**
 * A checked rule compiled against one model: the top kind's table, what puts an entity in scope,
 * and the claim each entity in scope is judged by.
 *
 * <ul>
 * <li>{@code every K with W has H}, {@code no K with W has H}: the entities where W holds are in
 *     scope, and H is judged on each.</li>
 * <li>Without {@code has}, the entity itself is the claim: every K is in scope and W is judged
 *     ({@code no bucket with public_access_blocked == false} fails each such bucket and passes
 *     the others).</li>
 * <li>Counting quantifiers ({@code some}, {@code at least}, ...) count the K where W and H hold;
 *     every K is in scope, so {@code at least 1 az with alb_node} fails when no AZ has one.</li>
 * </ul>
 * A kind with no entities leaves nothing in scope: the rule is skipped, and says so.
 */
final class BoundRule {
    final CheckedRule rule;
    final Model model;
    final EntityTable table;
    final Quantifier quantifier;
    /** Narrows the scope; null when every entity of the kind is in scope. */
    final Cond filter;
    /** Judged on each entity in scope; null when it always holds. */
    final Cond claim;
    /** every or no: a verdict per entity; otherwise one count for the kind. */
    private final boolean perEntity;
    private final boolean every;

    BoundRule(CheckedRule rule, Model model) {
        this.rule = rule;
        this.model = model;
        this.table = model.table(rule.kind());
        Quantified q = rule.rule().assertion();
        this.quantifier = q.quantifier();
        this.every = quantifier.kind() == Quantifier.Kind.EVERY;
        this.perEntity = every || quantifier.kind() == Quantifier.Kind.NO;
        Compiler compiler = new Compiler(rule, model);
        Cond w = q.filter().map(compiler::cond).orElse(null);
        Cond h = q.claim().map(compiler::cond).orElse(null);
        if (perEntity() && h != null) {
            this.filter = w;
            this.claim = h;
        } else if (perEntity()) {
            this.filter = null;
            this.claim = w;
        } else {
            this.filter = null;
            this.claim = w == null ? h : h == null ? w : new Logic.And(w, h);
        }
    }

    Ctx newContext() {
        return new Ctx(model, rule.slotCount());
    }

    /** Whether the entity is in scope: its existence and the filter, three-valued. */
    byte scope(Ctx c, int e) {
        byte exists = Tri.TRUE;
        if (table.hasExistenceUnknown() && table.existenceUnknown(e) != null) {
            exists = Tri.UNKNOWN;
        }
        if (filter == null) {
            return exists;
        }
        c.top = 0;
        return Tri.and(exists, filter.test(c));
    }

    /** {@link #scope(Ctx, int)} for the rows of a top block, whose slot 0 holds the entities. */
    void scope(Block b, int[] sel, int n, byte[] out) {
        if (filter != null) {
            filter.test(b, sel, n, out);
        } else {
            for (int i = 0; i < n; i++) {
                out[sel[i]] = Tri.TRUE;
            }
        }
        if (table.hasExistenceUnknown()) {
            int[] entities = b.slots[0];
            for (int i = 0; i < n; i++) {
                int r = sel[i];
                if (table.existenceUnknown(entities[r]) != null) {
                    out[r] = Tri.and(Tri.UNKNOWN, out[r]);
                }
            }
        }
    }

    /** {@link #claim(Ctx)} for the rows of a top block. */
    void claim(Block b, int[] sel, int n, byte[] out) {
        if (claim != null) {
            claim.test(b, sel, n, out);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[sel[i]] = Tri.TRUE;
        }
    }

    byte claim(Ctx c) {
        c.top = 0;
        return claim == null ? Tri.TRUE : claim.test(c);
    }

    boolean perEntity() {
        return perEntity;
    }

    boolean every() {
        return every;
    }
}
