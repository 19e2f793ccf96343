package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Symbolic;

/**
 * Which zones may be one and the same, for the derivations: a symbolic zone ({@link SymbolicZones})
 * may be any zone of the model that is not known to differ from it. A per-zone fact of such a
 * zone is known only when what the zones it may be would add is nothing.
 *
 * <p>Nothing is kept per pair: a template of two thousand subnets whose zones are not known has
 * four million pairs. Whether two zones may be one is answered from the groups each is in, and
 * the derivations look for a zone that may be another among the few zones that hold something.
 */
final class ZoneIdentity {
    static final ZoneIdentity NONE = new ZoneIdentity(Set.of(), Map.of());

    private final Set<String> symbolic;
    /** The groups of pairwise different zones each zone is in; zones in none are not keys. */
    private final Map<String, Set<Integer>> groups;

    private ZoneIdentity(Set<String> symbolic, Map<String, Set<Integer>> groups) {
        this.symbolic = symbolic;
        this.groups = groups;
    }

    static ZoneIdentity of(ModelBuilder model) {
        if (!model.hasKind("az")) {
            return NONE;
        }
        Set<String> symbolic = new HashSet<>();
        for (EntityBuilder az : model.entities("az")) {
            if (az.symbolic().isPresent()) {
                symbolic.add(az.id());
            }
        }
        if (symbolic.isEmpty()) {
            return NONE;
        }
        Map<String, Set<Integer>> groups = new HashMap<>();
        int g = 0;
        for (List<String> group : model.distinctGroups("az")) {
            for (String id : group) {
                groups.computeIfAbsent(id, k -> new HashSet<>(2)).add(g);
            }
            g++;
        }
        return new ZoneIdentity(symbolic, groups);
    }

    boolean isEmpty() {
        return symbolic.isEmpty();
    }

    /** Whether two different zones may be one: one is symbolic and no group says they differ. */
    boolean mayBeSame(String a, String b) {
        if (a.equals(b) || !symbolic.contains(a) && !symbolic.contains(b)) {
            return false;
        }
        Set<Integer> ga = groups.get(a);
        Set<Integer> gb = groups.get(b);
        return ga == null || gb == null || java.util.Collections.disjoint(ga, gb);
    }

    /** Of {@code candidates}, those that {@code az} may be, in their order. */
    List<String> among(String az, Iterable<String> candidates) {
        List<String> out = new ArrayList<>(0);
        if (isEmpty()) {
            return out;
        }
        for (String other : candidates) {
            if (mayBeSame(az, other)) {
                out.add(other);
            }
        }
        return out;
    }

    /** The first of {@code candidates} that {@code az} may be, or null. */
    String firstAmong(String az, Iterable<String> candidates) {
        if (isEmpty()) {
            return null;
        }
        for (String other : candidates) {
            if (mayBeSame(az, other)) {
                return other;
            }
        }
        return null;
    }

    /** {@code zone A may be the same zone as zone B}, naming a symbolic zone by what it stands for. */
    static String sameReason(ModelBuilder model, String a, String b) {
        boolean aSymbolic = model.find("az", a).flatMap(EntityBuilder::symbolic).isPresent();
        String first = aSymbolic ? a : b;
        String second = aSymbolic ? b : a;
        return describe(model, first) + " may be the same zone as " + describe(model, second);
    }

    private static String describe(ModelBuilder model, String az) {
        return model.find("az", az).flatMap(EntityBuilder::symbolic)
                .map(Symbolic::described).orElse("az " + az);
    }
}
