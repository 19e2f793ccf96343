package org.invar.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which entities of one kind may be the same one: a symbolic entity (the zone of a subnet whose
 * zone is not known) is some entity of its kind, maybe one the model also holds under another
 * id, unless a group of pairwise different entities holds both (the zones of one load balancer's
 * subnets). Two entities that are not symbolic are different, as two named zones are.
 */
final class Identities {
    private static final int[] NONE = new int[0];

    private final Map<Integer, Symbolic> symbolic;
    /** The groups each entity is in, sorted; entities in no group are not keys. */
    private final Map<Integer, int[]> groups;

    private Identities(Map<Integer, Symbolic> symbolic, Map<Integer, int[]> groups) {
        this.symbolic = Map.copyOf(symbolic);
        this.groups = Map.copyOf(groups);
    }

    static Identities of(Map<Integer, Symbolic> symbolic, Set<List<String>> distinct, Map<String, Integer> index) {
        Map<Integer, int[]> groups = new HashMap<>();
        int g = 0;
        for (List<String> group : distinct) {
            for (String id : group) {
                Integer e = index.get(id);
                if (e != null) {
                    int[] before = groups.getOrDefault(e, NONE);
                    int[] after = Arrays.copyOf(before, before.length + 1);
                    after[before.length] = g;
                    groups.put(e, after);
                }
            }
            g++;
        }
        return new Identities(symbolic, groups);
    }

    int count() {
        return symbolic.size();
    }

    Symbolic symbolic(int e) {
        return symbolic.get(e);
    }

    /** Whether two entities may be the same one although their indices differ. */
    boolean mayBeSame(int a, int b) {
        if (a == b || !symbolic.containsKey(a) && !symbolic.containsKey(b)) {
            return false;
        }
        int[] ga = groups.get(a);
        int[] gb = groups.get(b);
        if (ga == null || gb == null) {
            return true;
        }
        for (int x : ga) {
            if (Arrays.binarySearch(gb, x) >= 0) {
                return false;
            }
        }
        return true;
    }
}
