package org.invar.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.invar.model.EntityBuilder;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Relation;
import org.invar.model.Value;

/**
 * Generated infrastructures for properties: decoded from a list of small numbers (so
 * QuickTheories can shrink them), rendered into a builder under any renaming of ids and any
 * order of insertion, and summarised as the derived facts per entity.
 */
final class Scenarios {
    private Scenarios() {
    }

    /** An entity as facts: kind, id, attributes, relations by id, unknown relations, unknown existence. */
    static final class Spec {
        private final String kind;
        private final String id;
        private final Map<String, Value> attributes = new LinkedHashMap<>();
        private final Map<String, List<String>> relations = new LinkedHashMap<>();
        private final Map<String, String> unknownRelations = new LinkedHashMap<>();
        private String existenceUnknown;

        Spec(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        String kind() {
            return kind;
        }

        String id() {
            return id;
        }

        Spec set(String attribute, Value value) {
            attributes.put(attribute, value);
            return this;
        }

        Spec relate(String relation, String... ids) {
            relations.computeIfAbsent(relation, r -> new ArrayList<>()).addAll(List.of(ids));
            return this;
        }

        Spec unknown(String relation, String reason) {
            unknownRelations.put(relation, reason);
            return this;
        }

        Spec existenceUnknown(String reason) {
            existenceUnknown = reason;
            return this;
        }
    }

    /** Reads numbers in turn, round and round; 0 when there are none. */
    private static final class Dna {
        private final List<Integer> numbers;
        private int position;

        Dna(List<Integer> numbers) {
            this.numbers = numbers;
        }

        int next(int bound) {
            if (numbers.isEmpty()) {
                return 0;
            }
            return Math.floorMod(numbers.get(position++ % numbers.size()) + position, bound);
        }
    }

    static List<Spec> decode(List<Integer> numbers) {
        Dna dna = new Dna(numbers);
        List<Spec> out = new ArrayList<>();
        int azCount = 1 + dna.next(3);
        List<String> azs = new ArrayList<>();
        for (int i = 0; i < azCount; i++) {
            azs.add("az" + i);
            out.add(new Spec("az", "az" + i).set("name", Value.of("zone-" + i)));
        }
        out.add(new Spec("vpc", "vpc"));
        out.add(new Spec("route_table", "rt-main").set("main", Value.of(true)).relate("vpc", "vpc"));
        out.add(new Spec("route", "r-igw").set("destination", Value.of("0.0.0.0/0"))
                .set("target_type", Value.of("internet_gateway")).relate("route_table", "rt-main"));
        out.add(new Spec("route_table", "rt-nat").set("main", Value.of(false)).relate("vpc", "vpc"));
        out.add(new Spec("route", "r-nat").set("destination", Value.of("0.0.0.0/0"))
                .set("target_type", Value.of("nat_gateway")).relate("route_table", "rt-nat"));
        out.add(new Spec("route_table", "rt-none").set("main", Value.of(false)).relate("vpc", "vpc"));
        out.add(new Spec("route", "r-local").set("destination", Value.of("10.0.0.0/16"))
                .set("target_type", Value.of("local")).relate("route_table", "rt-none"));

        int subnetCount = 1 + dna.next(5);
        List<String> subnets = new ArrayList<>();
        for (int i = 0; i < subnetCount; i++) {
            Spec s = new Spec("subnet", "sn" + i).relate("vpc", "vpc");
            if (dna.next(8) == 0) {
                s.unknown("az", "AWS picks the zone");
            } else {
                s.relate("az", azs.get(dna.next(azCount)));
            }
            switch (dna.next(4)) {
                case 1 -> s.relate("route_table", "rt-nat");
                case 2 -> s.relate("route_table", "rt-none");
                case 3 -> s.relate("route_table", "rt-main");
                default -> { }
            }
            subnets.add(s.id());
            out.add(s);
        }

        int tgCount = 1 + dna.next(3);
        List<String> tgs = new ArrayList<>();
        for (int i = 0; i < tgCount; i++) {
            tgs.add("tg" + i);
            out.add(new Spec("target_group", "tg" + i));
        }

        int lbCount = dna.next(4);
        for (int i = 0; i < lbCount; i++) {
            Spec lb = new Spec("load_balancer", "lb" + i);
            switch (dna.next(4)) {
                case 0 -> lb.set("type", Value.of("application"));
                case 1 -> lb.set("type", Value.of("network"));
                case 2 -> { }
                default -> lb.set("type", dna.next(3) == 0 ? Value.unknown("parameter LbType has no value")
                        : Value.of("application"));
            }
            if (dna.next(8) == 0) {
                lb.existenceUnknown("condition Lb" + i + " cannot be decided");
            }
            lb.relate("subnet", subset(dna, subnets));
            out.add(lb);
            out.add(new Spec("listener", "ls" + i).relate("load_balancer", lb.id())
                    .relate("target_group", tgs.get(dna.next(tgCount))));
            if (dna.next(2) == 0) {
                Spec second = new Spec("listener", "ls" + i + "b").relate("load_balancer", lb.id())
                        .relate("target_group", tgs.get(dna.next(tgCount)));
                if (dna.next(2) == 0) {
                    second.existenceUnknown("condition HasCertificate cannot be decided");
                }
                out.add(second);
            }
        }

        int serviceCount = dna.next(4);
        for (int i = 0; i < serviceCount; i++) {
            Spec svc = new Spec("ecs_service", "svc" + i);
            int desired = dna.next(7);
            svc.set("desired_count", desired == 6 ? Value.unknown("parameter Count" + i + " has no value")
                    : Value.of((long) desired));
            svc.relate("subnet", subset(dna, subnets));
            if (dna.next(3) != 0) {
                svc.relate("target_group", tgs.get(dna.next(tgCount)));
            }
            if (dna.next(5) == 0) {
                svc.set("running_count", Value.of(2L));
                for (int t = 0; t < 2; t++) {
                    out.add(new Spec("ecs_task", svc.id() + "-task" + t)
                            .set("last_status", Value.of(dna.next(3) == 0 ? "STOPPED" : "RUNNING"))
                            .relate("ecs_service", svc.id()).relate("az", azs.get(dna.next(azCount))));
                }
            }
            out.add(svc);
        }

        for (String tg : tgs) {
            if (dna.next(4) == 0) {
                int n = 1 + dna.next(3);
                for (int t = 0; t < n; t++) {
                    out.add(new Spec("target", tg + "-t" + t)
                            .set("health", health(dna.next(5)))
                            .relate("target_group", tg).relate("az", azs.get(dna.next(azCount))));
                }
            }
        }

        if (dna.next(3) == 0) {
            Spec asg = new Spec("auto_scaling_group", "asg").set("desired_capacity", Value.of((long) dna.next(5)));
            asg.relate("az", subset(dna, azs));
            out.add(asg);
            out.add(new Spec("target_group", "tg0").relate("auto_scaling_group", "asg"));
        }
        return out;
    }

    private static Value health(int pick) {
        return switch (pick) {
            case 0, 1 -> Value.of("healthy");
            case 2 -> Value.of("unhealthy");
            case 3 -> Value.of("draining");
            default -> Value.unknown("elasticloadbalancing:DescribeTargetHealth denied");
        };
    }

    private static String[] subset(Dna dna, List<String> from) {
        List<String> picked = new ArrayList<>();
        for (String s : from) {
            if (dna.next(2) == 1) {
                picked.add(s);
            }
        }
        return picked.toArray(String[]::new);
    }

    /** A random one-to-one renaming of every id the specs use. */
    static Map<String, String> renaming(List<Spec> specs, Random random) {
        List<String> ids = new ArrayList<>();
        for (Spec s : specs) {
            if (!ids.contains(s.id())) {
                ids.add(s.id());
            }
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            fresh.add(i);
        }
        Collections.shuffle(fresh, random);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            names.put(ids.get(i), "e" + fresh.get(i));
        }
        return names;
    }

    /** The specs in a builder, ids renamed; entities and edges in random order when given a random. */
    static ModelBuilder render(List<Spec> specs, Function<String, String> rename, Random random) {
        List<Spec> order = new ArrayList<>(specs);
        if (random != null) {
            Collections.shuffle(order, random);
        }
        ModelBuilder b = Model.builder();
        for (Spec s : order) {
            EntityBuilder e = b.entity(s.kind(), rename.apply(s.id()));
            s.attributes.forEach(e::set);
            s.relations.forEach((relation, ids) -> {
                List<String> targets = new ArrayList<>(ids);
                if (random != null) {
                    Collections.shuffle(targets, random);
                }
                targets.forEach(id -> e.relate(relation, rename.apply(id)));
            });
            s.unknownRelations.forEach(e::unknownRelation);
            if (s.existenceUnknown != null) {
                e.existenceUnknown(s.existenceUnknown);
            }
        }
        return b;
    }

    /**
     * The derived facts of a model, keyed by kind and the ids (passed through {@code key}) of
     * the entities they belong to: counts and values, with unknown values as "unknown".
     */
    static Map<String, String> summary(Model m, Function<String, String> key) {
        Map<String, String> out = new TreeMap<>();
        for (EntityTable t : m.tables()) {
            out.put(t.kind().name() + " count", Integer.toString(t.size()));
        }
        attributes(m, out, key, "az", "healthy_targets", "running_tasks");
        relations(m, out, key, "az", "lb_node", "alb_node", "target");
        attributes(m, out, key, "subnet", "default_route_target", "is_public");
        attributes(m, out, key, "ecs_service", "az_count");
        relations(m, out, key, "ecs_service", "az", "load_balancer");
        relations(m, out, key, "load_balancer", "az", "lb_node", "target_group");
        relations(m, out, key, "target_group", "target", "load_balancer");
        EntityTable nodes = m.table("lb_node");
        for (int i = 0; i < nodes.size(); i++) {
            String lb = Reads.related(m, "lb_node", nodes.id(i), "load_balancer").get(0);
            String az = Reads.related(m, "lb_node", nodes.id(i), "az").get(0);
            String node = "lb_node of " + key.apply(lb) + " in " + key.apply(az);
            out.put(node + " healthy_targets", show(nodes.column("healthy_targets").value(i)));
            out.put(node + " type", show(nodes.column("type").value(i)));
        }
        return out;
    }

    private static void attributes(Model m, Map<String, String> out, Function<String, String> key, String kind,
                                   String... attributes) {
        EntityTable t = m.table(kind);
        for (int i = 0; i < t.size(); i++) {
            for (String a : attributes) {
                out.put(kind + " " + key.apply(t.id(i)) + " " + a, show(t.column(a).value(i)));
            }
        }
    }

    private static void relations(Model m, Map<String, String> out, Function<String, String> key, String kind,
                                  String... relations) {
        EntityTable t = m.table(kind);
        for (int i = 0; i < t.size(); i++) {
            for (String r : relations) {
                Relation rel = t.relation(r);
                out.put(kind + " " + key.apply(t.id(i)) + " count(" + r + ")",
                        rel.count(i) + (rel.unknownReason(i) != null ? " and unknown" : ""));
            }
        }
    }

    private static String show(Value v) {
        return v == null ? "absent" : v instanceof Value.Unknown ? "unknown" : v.display();
    }
}
