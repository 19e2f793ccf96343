package org.invar.cloudformation.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;

/**
 * Turns property values that refer to other resources ({@code !Ref Subnet1}, a list of subnet
 * ids, an import) into relations: a {@code Ref} to a resource of the right kind that exists
 * links to its entity; an outside reference links to an {@link Externals external} entity; what
 * is not known makes the relation unknown, with the reason.
 */
final class Links {
    private final Map<String, Placed> placed;
    private final Externals externals;

    Links(Map<String, Placed> placed, Externals externals) {
        this.placed = placed;
        this.externals = externals;
    }

    /** What a value refers to: ids of entities of {@code kind}, and why more may exist unseen. */
    record Targets(List<String> ids, String unknown) {
    }

    Targets targets(Val v, String kind) {
        List<String> ids = new ArrayList<>();
        String unknown = null;
        if (Values.absent(v)) {
            return new Targets(ids, null);
        }
        if (v instanceof Val.ListV list) {
            for (Val item : list.items()) {
                Targets t = targets(item, kind);
                ids.addAll(t.ids());
                unknown = unknown != null ? unknown : t.unknown();
            }
            return new Targets(ids, unknown);
        }
        if (v instanceof Val.OpenList open && open.certain().getAsInt() > 0) {
            return elements(open, kind);
        }
        if (v instanceof Val.Unknown u && u.standsFor() != null) {
            ids.add(externals.declare(kind, u.standsFor()));
            return new Targets(ids, null);
        }
        if (!(v instanceof Val.Str s)) {
            String why = Values.unknownReason(v);
            return new Targets(ids, why != null ? why : "not a reference to a " + kind);
        }
        Symbol symbol = s.soleSymbol().orElse(null);
        if (symbol instanceof Symbol.ResourceRef ref) {
            Placed target = placed.get(ref.entityId());
            if (target != null && ResourceKinds.kindOf(target.type()).map(kind::equals).orElse(false)) {
                ids.add(ref.entityId());
            }
            return new Targets(ids, null);
        }
        if (symbol instanceof Symbol.External ext) {
            ids.add(externals.declare(kind, ext));
            return new Targets(ids, null);
        }
        String literal = s.literal().orElse(null);
        if (literal != null) {
            if (!literal.isBlank()) {
                ids.add(externals.declare(kind, literal, kind + " " + literal + " is outside the template", true));
            }
            return new Targets(ids, null);
        }
        return new Targets(ids, s.unknownReason().orElse("not known"));
    }

    /**
     * A list parameter without a value, where entities are expected: the elements it certainly
     * has ({@code Subnets[0]}, {@code Subnets[1]}, ...), and it may have more.
     */
    private Targets elements(Val.OpenList open, String kind) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < open.certain().getAsInt(); i++) {
            ids.addAll(targets(open.element().apply(i), kind).ids());
        }
        return new Targets(ids, open.reason() + ": it may list more " + kind.replace('_', ' ') + "s");
    }

    /** Relates {@code from.relation} to what {@code v} refers to. */
    void relate(EntityBuilder from, String relation, Val v) {
        String kind = from.kindDef().relation(relation).orElseThrow().target();
        Targets t = targets(v, kind);
        from.relate(relation, t.ids());
        if (t.unknown() != null) {
            from.unknownRelation(relation, t.unknown());
        }
    }

    /** The placed resource a value refers to by {@code Ref}, when it is one of the template's. */
    Placed resourceOf(Val v) {
        if (v instanceof Val.Str s && s.soleSymbol().orElse(null) instanceof Symbol.ResourceRef ref) {
            return placed.get(ref.entityId());
        }
        return null;
    }
}
