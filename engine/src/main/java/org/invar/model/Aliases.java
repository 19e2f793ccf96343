package org.invar.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;

/**
 * Other names of entities ({@link ModelBuilder#alias}): exact names, names known but for one part
 * ({@link NamePattern}), and names an input expects another to give. When the model is built,
 * each stand-in an alias names is replaced by the entity, in one pass over every edge however
 * many aliases there are.
 *
 * <p>A stand-in is matched by a pattern only when no exact name is its and exactly one pattern
 * fits it; and patterns with one part and owner must then agree on the part's value (one stack
 * has one name). Which names match, and the notes saying so, do not depend on the order in which
 * aliases were given, so merged inputs give the same model in any order.
 */
final class Aliases {
    /** At most this many names are listed in one note; the rest are counted. */
    private static final int LISTED = 5;

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<NamePattern, String> patterns = new LinkedHashMap<>();
    private final Set<Expected> expected = new TreeSet<>();

    /** A stand-in of a kind that an input expects another input's alias to replace, and the note if none does. */
    private record Expected(String kind, String name, String note) implements Comparable<Expected> {
        @Override
        public int compareTo(Expected o) {
            return (kind + "\u0000" + name + "\u0000" + note).compareTo(o.kind + "\u0000" + o.name + "\u0000" + o.note);
        }
    }

    /** A stand-in a pattern matched: its kind's index, its id, the pattern, the part's value and the entity's id. */
    private record Match(int kind, String name, NamePattern pattern, String value, String id) {
    }

    void add(String name, String id) {
        String before = names.putIfAbsent(name, id);
        if (before != null && !before.equals(id)) {
            throw new ModelException("'" + name + "' names both '" + before + "' and '" + id
                    + "' (an export name may be given once across the inputs)");
        }
    }

    void add(NamePattern pattern, String id) {
        String before = patterns.putIfAbsent(pattern, id);
        if (before != null && !before.equals(id)) {
            throw new ModelException("'" + pattern.display() + "' of " + pattern.owner() + " names both '" + before
                    + "' and '" + id + "' (an export name may be given once across the inputs)");
        }
    }

    void expect(String kind, String name, String note) {
        expected.add(new Expected(kind, name, note));
    }

    void addAll(Aliases other) {
        other.names.forEach(this::add);
        other.patterns.forEach(this::add);
        expected.addAll(other.expected);
    }

    /**
     * Replaces stand-ins by the entities their aliases name, and notes what patterns decided;
     * when {@code merged}, also notes the expected names no alias gave.
     */
    void resolve(ModelBuilder model, List<Map<String, EntityBuilder>> kinds, boolean merged) {
        // Per kind, the stand-ins that an entity of that kind replaces: name -> id.
        List<Map<String, String>> replaced = new ArrayList<>();
        for (Map<String, EntityBuilder> table : kinds) {
            Map<String, String> here = new HashMap<>();
            names.forEach((name, id) -> {
                if (replaceable(table.get(name)) && real(table.get(id))) {
                    here.put(name, id);
                }
            });
            replaced.add(here);
        }
        if (!patterns.isEmpty()) {
            matchPatterns(model, kinds, replaced);
        }
        if (merged) {
            for (Expected e : expected) {
                int k = model.schema().kindIndex(e.kind());
                if (k >= 0 && replaceable(kinds.get(k).get(e.name())) && !replaced.get(k).containsKey(e.name())) {
                    noteOnce(model, e.note());
                }
            }
        }
        if (replaced.stream().allMatch(Map::isEmpty)) {
            return;
        }
        replaceEdges(model.schema(), kinds, replaced);
        for (int k = 0; k < kinds.size(); k++) {
            Map<String, EntityBuilder> table = kinds.get(k);
            replaced.get(k).forEach((name, id) -> {
                // The stand-in's own edges are now the entity's; its unknowns were what the
                // importing input could not tell, and the entity tells it.
                table.get(id).absorb(table.remove(name));
            });
        }
    }

    private static boolean replaceable(EntityBuilder standIn) {
        return standIn != null && (standIn.isStandIn() || !standIn.declared);
    }

    private static boolean real(EntityBuilder e) {
        return e != null && e.declared && !e.isStandIn();
    }

    private void matchPatterns(ModelBuilder model, List<Map<String, EntityBuilder>> kinds,
                               List<Map<String, String>> replaced) {
        List<Match> matches = new ArrayList<>();
        Map<String, List<NamePattern>> ambiguous = new TreeMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            Map<String, EntityBuilder> table = kinds.get(k);
            for (EntityBuilder standIn : table.values()) {
                if (!standIn.isStandIn() || names.containsKey(standIn.id())) {
                    continue;
                }
                List<Match> fits = new ArrayList<>();
                for (Map.Entry<NamePattern, String> p : patterns.entrySet()) {
                    int kind = k;
                    p.getKey().match(standIn.id()).ifPresent(value ->
                            fits.add(new Match(kind, standIn.id(), p.getKey(), value, p.getValue())));
                }
                if (fits.size() == 1 && real(table.get(fits.get(0).id()))) {
                    matches.add(fits.get(0));
                } else if (fits.size() > 1) {
                    ambiguous.put(standIn.id(), fits.stream().map(Match::pattern).toList());
                }
            }
        }
        ambiguous.forEach((name, fits) -> noteOnce(model, name + " fits " + fits.size() + " names ("
                + String.join(", ", fits.stream().map(p -> p.display() + " of " + p.owner()).sorted().toList())
                + "), so it is taken for none: it stays a stand-in, its facts unknown, until "
                + fits.get(0).part() + " is given for them"));
        Map<String, List<Match>> byGroup = new TreeMap<>();
        matches.forEach(m -> byGroup.computeIfAbsent(m.pattern().group(), g -> new ArrayList<>()).add(m));
        byGroup.forEach((group, found) -> {
            Map<String, List<String>> byValue = new TreeMap<>();
            found.forEach(m -> byValue.computeIfAbsent(m.value(), v -> new ArrayList<>()).add(m.name()));
            NamePattern any = found.get(0).pattern();
            if (byValue.size() > 1) {
                List<String> each = new ArrayList<>();
                byValue.forEach((value, named) -> each.add("'" + value + "' (" + listed(named) + ")"));
                noteOnce(model, any.owner() + ": " + any.part() + " would be " + String.join(" and ", each)
                        + "; it has one value, so none is taken and those names stay stand-ins, their facts unknown");
                return;
            }
            found.forEach(m -> replaced.get(m.kind()).put(m.name(), m.id()));
            noteOnce(model, any.owner() + ": " + any.part() + " taken to be '" + byValue.keySet().iterator().next()
                    + "', under which it gives " + listed(found.stream().map(Match::name).toList())
                    + " (each fits no other name given)");
        });
    }

    /** A model built twice from one builder notes a thing once. */
    private static void noteOnce(ModelBuilder model, String note) {
        if (!model.notes().contains(note)) {
            model.note(note);
        }
    }

    private static String listed(List<String> names) {
        List<String> sorted = names.stream().sorted().distinct().toList();
        if (sorted.size() <= LISTED) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, LISTED)) + " and " + (sorted.size() - LISTED) + " more";
    }

    private static void replaceEdges(Schema schema, List<Map<String, EntityBuilder>> kinds,
                                     List<Map<String, String>> replaced) {
        for (Map<String, EntityBuilder> table : kinds) {
            for (EntityBuilder e : table.values()) {
                KindDef kind = e.kindDef();
                for (int r = 0; r < kind.relations().size(); r++) {
                    Set<String> targets = e.targetsAt(r);
                    if (targets == null || targets.isEmpty()) {
                        continue;
                    }
                    RelationDef def = kind.relations().get(r);
                    Map<String, String> here = replaced.get(schema.kindIndex(def.target()));
                    if (here.isEmpty()) {
                        continue;
                    }
                    for (String target : List.copyOf(targets)) {
                        String id = here.get(target);
                        if (id != null) {
                            e.removeEdge(def.name(), target);
                            e.addEdge(def.name(), id);
                        }
                    }
                }
            }
        }
    }
}
