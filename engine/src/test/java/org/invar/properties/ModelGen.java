package org.invar.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.quicktheories.core.Gen;

/**
 * Random models over schema v1: a few entities of each of the related kinds of
 * {@link Vocabulary#KINDS}, with attributes known, unknown (with a reason) or absent, random
 * relations (some unknown), and some entities whose existence is unknown. Derived facts are left
 * to the model builder, as adapters leave them.
 */
final class ModelGen {
    private static final Schema SCHEMA = Schema.v1();

    private ModelGen() {
    }

    static Gen<ModelSpec> models() {
        return in -> generate(new Draw(in));
    }

    static ModelSpec generate(Draw d) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (String kind : Vocabulary.KINDS) {
            // most kinds have some entities, so that most rules have something in scope
            int n = d.chance(85) ? d.between(1, Vocabulary.MAX_COUNT.get(kind)) : 0;
            List<String> list = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                list.add(prefix(kind) + i);
            }
            ids.put(kind, list);
        }
        List<ModelSpec.EntitySpec> entities = new ArrayList<>();
        for (String kind : Vocabulary.KINDS) {
            for (String id : ids.get(kind)) {
                entities.add(entity(d, kind, id, ids));
            }
        }
        return new ModelSpec(entities);
    }

    static String prefix(String kind) {
        return switch (kind) {
            case "route_table" -> "rtb";
            case "route" -> "rt";
            case "load_balancer" -> "lb";
            case "listener" -> "lis";
            case "target_group" -> "tg";
            case "ecs_service" -> "svc";
            case "ecs_cluster" -> "cl";
            case "instance" -> "i";
            case "security_group" -> "sg";
            case "ingress" -> "in";
            case "subnet" -> "sn";
            default -> kind;
        };
    }

    /** An entity with random attributes; relations only to the given ids. */
    static ModelSpec.EntitySpec entity(Draw d, String kind, String id, Map<String, List<String>> ids) {
        KindDef def = SCHEMA.kind(kind).orElseThrow();
        Map<String, Value> attributes = new LinkedHashMap<>();
        for (AttributeDef a : def.attributes()) {
            if (a.derived()) {
                continue;
            }
            int mode = d.between(0, 9);
            if (mode >= 8) {
                attributes.put(a.name(), Value.unknown(d.pick(Vocabulary.REASONS)));
            } else if (mode < 6) {
                attributes.put(a.name(), value(d, a));
            }
        }
        Map<String, List<String>> relations = new LinkedHashMap<>();
        for (String r : Vocabulary.RELATIONS.getOrDefault(kind, List.of())) {
            RelationDef rel = def.relation(r).orElseThrow();
            List<String> candidates = ids.getOrDefault(rel.target(), List.of());
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            if (rel.many()) {
                for (String c : candidates) {
                    if (d.chance(45)) {
                        targets.add(c);
                    }
                }
            } else {
                int which = d.between(0, candidates.size());
                if (which > 0) {
                    targets.add(candidates.get(which - 1));
                }
            }
            if (!targets.isEmpty()) {
                relations.put(r, targets);
            }
        }
        Map<String, String> unknownRelations = new LinkedHashMap<>();
        if (d.chance(12)) {
            List<RelationDef> base = def.relations().stream().filter(r -> !r.derived()).toList();
            if (!base.isEmpty()) {
                unknownRelations.put(d.pick(base).name(), d.pick(Vocabulary.REASONS));
            }
        }
        String existence = d.chance(10) ? "condition " + d.pick("IsProd", "HasNat") + " cannot be decided" : null;
        return new ModelSpec.EntitySpec(kind, id, attributes, relations, unknownRelations, existence);
    }

    static Value value(Draw d, AttributeDef a) {
        return switch (a.type()) {
            case INT -> Value.of(d.pick(Vocabulary.ints(a.name())));
            case DECIMAL -> Value.of(d.pick(0.0, 0.5, 1.0, 2.5));
            case STRING -> Value.of(d.pick(Vocabulary.strings(a.name())));
            case BOOL -> Value.of(d.pick(false, true));
            case LIST -> new Value.ListValue(List.of(Value.of(d.pick(Vocabulary.strings(a.name())))));
        };
    }
}
