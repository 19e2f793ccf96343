package org.invar.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.invar.model.EntityBuilder;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * A generated model as plain data, so that it can be printed when a property fails, rebuilt, and
 * transformed (ids renamed, entities reordered, entities added) before it is built.
 */
record ModelSpec(List<EntitySpec> entities) {

    /**
     * One entity: attributes (an {@link Value.Unknown} for an unknown one; absent ones are not
     * listed), relations by target ids, relations whose targets are unknown, and the reason its
     * existence is unknown (or null).
     */
    record EntitySpec(String kind, String id, Map<String, Value> attributes, Map<String, List<String>> relations,
                      Map<String, String> unknownRelations, String existenceUnknown) {

        EntitySpec renamed(UnaryOperator<String> rename) {
            Map<String, List<String>> rel = new LinkedHashMap<>();
            relations.forEach((r, targets) -> rel.put(r, targets.stream().map(rename).toList()));
            return new EntitySpec(kind, rename.apply(id), attributes, rel, unknownRelations, existenceUnknown);
        }

        EntitySpec shuffledTargets(Random random) {
            Map<String, List<String>> rel = new LinkedHashMap<>();
            relations.forEach((r, targets) -> {
                List<String> t = new ArrayList<>(targets);
                Collections.shuffle(t, random);
                rel.put(r, t);
            });
            return new EntitySpec(kind, id, attributes, rel, unknownRelations, existenceUnknown);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(kind).append(' ').append(id);
            if (existenceUnknown != null) {
                out.append(" (may not exist)");
            }
            if (!attributes.isEmpty()) {
                out.append(attributes.entrySet().stream()
                        .map(e -> e.getKey() + "=" + (e.getValue() instanceof Value.Str s ? "\"" + s.value() + "\""
                                : e.getValue().display()))
                        .collect(Collectors.joining(", ", " {", "}")));
            }
            relations.forEach((r, t) -> out.append(' ').append(r).append("->").append(t));
            unknownRelations.keySet().forEach(r -> out.append(' ').append(r).append("->?"));
            return out.toString();
        }
    }

    Model build() {
        ModelBuilder b = Model.builder();
        // one pass, in list order: a relation may name an entity that is added later
        for (EntitySpec e : entities) {
            EntityBuilder eb = b.entity(e.kind(), e.id());
            e.attributes().forEach(eb::set);
            if (e.existenceUnknown() != null) {
                eb.existenceUnknown(e.existenceUnknown());
            }
            e.relations().forEach(eb::relate);
            e.unknownRelations().forEach(eb::unknownRelation);
        }
        return b.build();
    }

    ModelSpec renamed(UnaryOperator<String> rename) {
        return new ModelSpec(entities.stream().map(e -> e.renamed(rename)).toList());
    }

    ModelSpec shuffled(Random random) {
        List<EntitySpec> all = new ArrayList<>(entities.stream().map(e -> e.shuffledTargets(random)).toList());
        Collections.shuffle(all, random);
        return new ModelSpec(all);
    }

    ModelSpec plus(List<EntitySpec> more) {
        List<EntitySpec> all = new ArrayList<>(entities);
        all.addAll(more);
        return new ModelSpec(all);
    }

    @Override
    public String toString() {
        return entities.isEmpty() ? "(empty model)"
                : entities.stream().map(e -> "    " + e).collect(Collectors.joining("\n"));
    }
}
