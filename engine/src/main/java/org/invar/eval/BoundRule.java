package org.invar.eval;

import org.invar.check.CheckedRule;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.model.EntityTable;
import org.invar.model.Model;

/** A checked rule compiled against one model: the top kind's table and its filter and claim. */
final class BoundRule {
    final CheckedRule rule;
    final Model model;
    final EntityTable table;
    final Quantifier quantifier;
    final Cond filter;
    final Cond claim;

    BoundRule(CheckedRule rule, Model model) {
        this.rule = rule;
        this.model = model;
        this.table = model.table(rule.kind());
        Quantified q = rule.rule().assertion();
        this.quantifier = q.quantifier();
        Compiler compiler = new Compiler(rule, model);
        this.filter = q.filter().map(compiler::cond).orElse(null);
        this.claim = q.claim().map(compiler::cond).orElse(null);
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

    byte claim(Ctx c) {
        c.top = 0;
        return claim == null ? Tri.TRUE : claim.test(c);
    }

    boolean perEntity() {
        return quantifier.kind() == Quantifier.Kind.EVERY || quantifier.kind() == Quantifier.Kind.NO;
    }
}
