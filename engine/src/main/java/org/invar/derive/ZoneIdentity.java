package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * Which zones may be one and the same, for the derivations: a symbolic zone ({@link SymbolicZones})
 * may be any zone of the model that is not known to differ from it. A per-zone fact of such a
 * zone is known only when what the zones it may be would add is nothing.
 */
final class ZoneIdentity {
    static final ZoneIdentity NONE = new ZoneIdentity(Map.of());

    private final Map<String, List<String>> mayBe;

    private ZoneIdentity(Map<String, List<String>> mayBe) {
        this.mayBe = mayBe;
    }

    static ZoneIdentity of(ModelBuilder model) {
        if (!model.hasKind("az")) {
            return NONE;
        }
        List<EntityBuilder> azs = model.entities("az");
        List<String> symbolic = new ArrayList<>();
        for (EntityBuilder az : azs) {
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
                groups.computeIfAbsent(id, k -> new HashSet<>()).add(g);
            }
            g++;
        }
        Map<String, List<String>> mayBe = new HashMap<>();
        for (String s : symbolic) {
            Set<Integer> mine = groups.getOrDefault(s, Set.of());
            for (EntityBuilder az : azs) {
                String other = az.id();
                if (other.equals(s) || az.symbolic().isPresent() && other.compareTo(s) < 0) {
                    continue; // each pair of symbolic zones once
                }
                Set<Integer> theirs = groups.getOrDefault(other, Set.of());
                if (mine.stream().noneMatch(theirs::contains)) {
                    mayBe.computeIfAbsent(s, k -> new ArrayList<>()).add(other);
                    mayBe.computeIfAbsent(other, k -> new ArrayList<>()).add(s);
                }
            }
        }
        return new ZoneIdentity(mayBe);
    }

    /** The other zones this zone may be; empty when it is known to be itself only. */
    List<String> mayBe(String az) {
        return mayBe.getOrDefault(az, List.of());
    }

    boolean mayBeSame(String a, String b) {
        return !a.equals(b) && mayBe(a).contains(b);
    }

    boolean isEmpty() {
        return mayBe.isEmpty();
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
                .map(s -> s.meaning() + (s.cause() == null ? "" : " (" + s.cause() + ")")).orElse("az " + az);
    }
}
