package org.invar.terraform.hcl.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one type several values can all be converted to, as Terraform finds it for the elements of
 * {@code list(any)}, the results of a conditional or the arguments of {@code coalesce}
 * (go-cty's {@code convert.UnifyUnsafe}): a string where strings mix with numbers or bools,
 * objects with different attributes as a map, tuples of different lengths as a list. Types of
 * null and unknown values ({@link Type#ANY} here) fit whatever the others unify to.
 */
public final class Unify {
    private Unify() {
    }

    /** The unified type, or null when there is none (a number and a bool, a list and an object). */
    public static Type types(List<Type> types) {
        List<Type> known = types.stream().filter(t -> !(t instanceof Type.Any)).toList();
        if (known.isEmpty()) {
            return Type.ANY;
        }
        if (known.stream().distinct().count() == 1) {
            return known.get(0);
        }
        int maps = count(known, Type.MapOf.class);
        int lists = count(known, Type.ListOf.class);
        int sets = count(known, Type.SetOf.class);
        int objects = count(known, Type.ObjectOf.class);
        int tuples = count(known, Type.TupleOf.class);
        int n = known.size();
        if (maps == n || lists == n || sets == n) {
            return collection(known);
        }
        if (maps > 0 && maps + objects == n) {
            return collection(objectsAsMaps(known));
        }
        if (lists > 0 && lists + tuples == n) {
            return collection(tuplesAsLists(known));
        }
        if (objects == n) {
            return objects(known);
        }
        if (tuples == n) {
            return tuples(known);
        }
        if (objects > 0 && tuples > 0) {
            return null;
        }
        return preferred(known);
    }

    private static int count(List<Type> types, Class<?> kind) {
        return (int) types.stream().filter(kind::isInstance).count();
    }

    /** Lists, sets or maps: of their elements' unified type. */
    private static Type collection(List<Type> types) {
        if (types == null) {
            return null;
        }
        List<Type> elements = types.stream().map(Unify::element).toList();
        Type e = types(elements);
        if (e == null) {
            return null;
        }
        Type first = types.get(0);
        Type out = first instanceof Type.ListOf ? new Type.ListOf(e) : first instanceof Type.SetOf ? new Type.SetOf(e)
                : new Type.MapOf(e);
        return types.stream().allMatch(t -> Convert.possible(t, out)) ? out : null;
    }

    private static Type element(Type collection) {
        if (collection instanceof Type.ListOf l) {
            return l.element();
        }
        if (collection instanceof Type.SetOf s) {
            return s.element();
        }
        return ((Type.MapOf) collection).element();
    }

    private static List<Type> objectsAsMaps(List<Type> types) {
        List<Type> objects = types.stream().filter(t -> t instanceof Type.ObjectOf).toList();
        Type map = objectsToMap(objects);
        if (map == null) {
            return null;
        }
        return types.stream().map(t -> t instanceof Type.ObjectOf ? map : t).toList();
    }

    private static List<Type> tuplesAsLists(List<Type> types) {
        List<Type> tuples = types.stream().filter(t -> t instanceof Type.TupleOf).toList();
        Type list = tuplesToList(tuples);
        if (list == null) {
            return null;
        }
        return types.stream().map(t -> t instanceof Type.TupleOf ? list : t).toList();
    }

    /** Objects with the same attributes: an object of the unified attribute types; else a map. */
    private static Type objects(List<Type> types) {
        Set<String> names = ((Type.ObjectOf) types.get(0)).attributes().keySet();
        for (Type t : types) {
            if (!((Type.ObjectOf) t).attributes().keySet().equals(names)) {
                return objectsToMap(types);
            }
        }
        Map<String, Type> out = new LinkedHashMap<>();
        for (String name : names) {
            List<Type> across = new ArrayList<>();
            types.forEach(t -> across.add(((Type.ObjectOf) t).attributes().get(name).type()));
            Type u = types(across);
            if (u == null) {
                return null;
            }
            out.put(name, u);
        }
        Type object = Type.ObjectOf.of(out);
        return types.stream().allMatch(t -> Convert.possible(t, object)) ? object : objectsToMap(types);
    }

    private static Type objectsToMap(List<Type> types) {
        List<Type> all = new ArrayList<>();
        types.forEach(t -> ((Type.ObjectOf) t).attributes().values().forEach(a -> all.add(a.type())));
        Type e = all.isEmpty() ? Type.ANY : types(all);
        if (e == null) {
            return null;
        }
        Type map = new Type.MapOf(e);
        return types.stream().allMatch(t -> Convert.possible(t, map)) ? map : null;
    }

    /** Tuples of one length: a tuple of the unified element types; else a list. */
    private static Type tuples(List<Type> types) {
        int size = ((Type.TupleOf) types.get(0)).elements().size();
        if (types.stream().anyMatch(t -> ((Type.TupleOf) t).elements().size() != size)) {
            return tuplesToList(types);
        }
        List<Type> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Type> across = new ArrayList<>();
            for (Type t : types) {
                across.add(((Type.TupleOf) t).elements().get(i));
            }
            Type u = types(across);
            if (u == null) {
                return null;
            }
            out.add(u);
        }
        Type tuple = new Type.TupleOf(out);
        return types.stream().allMatch(t -> Convert.possible(t, tuple)) ? tuple : tuplesToList(types);
    }

    private static Type tuplesToList(List<Type> types) {
        List<Type> all = new ArrayList<>();
        types.forEach(t -> all.addAll(((Type.TupleOf) t).elements()));
        Type e = all.isEmpty() ? Type.ANY : types(all);
        if (e == null) {
            return null;
        }
        Type list = new Type.ListOf(e);
        return types.stream().allMatch(t -> Convert.possible(t, list)) ? list : null;
    }

    /**
     * Types of different kinds: the first, in go-cty's order of preference (a string before other
     * primitives, a collection before a structure), that all the others convert to.
     */
    private static Type preferred(List<Type> types) {
        List<Type> candidates = new ArrayList<>(new LinkedHashSet<>(types));
        candidates.sort(Comparator.comparingInt(Unify::rank));
        for (Type candidate : candidates) {
            if (types.stream().allMatch(t -> Convert.possible(t, candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static int rank(Type t) {
        if (t == Type.Primitive.STRING) {
            return 0;
        }
        if (t instanceof Type.Primitive) {
            return 1;
        }
        if (t instanceof Type.ListOf || t instanceof Type.MapOf) {
            return 2;
        }
        if (t instanceof Type.TupleOf || t instanceof Type.ObjectOf) {
            return 3;
        }
        return 4;
    }
}
