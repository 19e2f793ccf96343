package org.invar.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random models built with a {@link ModelBuilder} (random kinds, ids with characters JSON must
 * escape, attributes of every type including unknowns, relations added in a random order on
 * either side of their pairs, origins, undecidable existence) survive write, read, write: the
 * second text is the first, and the model read back holds what the built one held.
 */
class ModelJsonPropertiesTest {
    private static final List<String> NETWORK = List.of("region", "az", "vpc", "subnet", "route_table", "route",
            "internet_gateway", "nat_gateway", "security_group", "ingress", "egress", "bucket", "ecs_cluster",
            "db_instance", "instance");

    /** Kinds that make the derivations work: load balancer nodes, predicted targets, per-AZ counts. */
    private static final List<String> LOAD_BALANCING = List.of("az", "vpc", "subnet", "route_table", "route",
            "load_balancer", "listener", "target_group", "target", "ecs_cluster", "ecs_service", "ecs_task",
            "auto_scaling_group", "instance", "capacity_provider", "capacity_provider_strategy");

    private static final String[] FRAGMENTS = {"a", "b", "us-east-1a", "sg-1", "/", " ", "\"", "\\", "é", "😀", "\n",
        "{", "]", ":", "0"};

    /** A built model and the schema it was built against. */
    record Built(Schema schema, Model model) {
    }

    @Test
    void networkModelsRoundTrip() {
        qt().withExamples(300).forAll(models(Schema.v1(), NETWORK, false))
                .checkAssert(ModelJsonPropertiesTest::roundTrips);
    }

    /**
     * Counts are kept small here: the derivations create {@code floor(desired / AZs)} predicted
     * targets per AZ, so a random 64-bit {@code desired_count} would build billions of entities.
     */
    @Test
    void modelsWithDerivedFactsRoundTrip() {
        qt().withExamples(300).forAll(models(Schema.v1(), LOAD_BALANCING, true))
                .checkAssert(ModelJsonPropertiesTest::roundTrips);
    }

    @Test
    void decimalsAndListsRoundTrip() {
        qt().withExamples(300).forAll(models(ModelJsonReadTest.WITH_DECIMAL_AND_LIST, List.of("bucket", "az"), false))
                .checkAssert(ModelJsonPropertiesTest::roundTrips);
    }

    /** No mangled model file makes the reader throw anything but its own error. */
    @Test
    void mangledFilesFailWithAModelFileExceptionOnly() {
        qt().withExamples(300).forAll(models(Schema.v1(), NETWORK, false), edits()).checkAssert((built, edits) -> {
            String text = mangle(ModelJson.write(built.model()), edits);
            try {
                ModelJson.read("mangled.json", text);
            } catch (ModelFileException expected) {
                assertEquals("mangled.json", expected.file());
            }
        });
    }

    private static void roundTrips(Built built) {
        String first = ModelJson.write(built.model());
        Model back = ModelJson.read("generated.json", first, built.schema());
        assertEquals(ModelDump.of(built.model()), ModelDump.of(back));
        assertEquals(first, ModelJson.write(back));
    }

    // Generators

    static Gen<Built> models(Schema schema, List<String> kinds, boolean smallInts) {
        Gen<Built> gen = in -> build(in, schema, kinds, smallInts);
        return gen.describedAs(b -> ModelDump.of(b.model()));
    }

    private static Built build(RandomnessSource in, Schema schema, List<String> kinds, boolean smallInts) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (String kind : kinds) {
            int n = pick(in, 0, 3);
            List<String> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(text(in, 2) + "#" + i);
            }
            ids.put(kind, list);
        }
        List<Runnable> steps = new ArrayList<>();
        ModelBuilder builder = Model.builder(schema);
        for (Map.Entry<String, List<String>> e : ids.entrySet()) {
            KindDef kind = schema.kind(e.getKey()).orElseThrow();
            for (String id : e.getValue()) {
                steps.add(() -> builder.entity(kind.name(), id));
                for (AttributeDef a : kind.attributes()) {
                    if (a.derived()) {
                        continue;
                    }
                    int choice = pick(in, 0, 3);
                    if (choice == 2) {
                        Value v = value(in, a, smallInts);
                        steps.add(() -> builder.entity(kind.name(), id).set(a.name(), v));
                    } else if (choice == 3) {
                        String reason = text(in, 3);
                        steps.add(() -> builder.entity(kind.name(), id).unknown(a.name(), reason));
                    }
                }
                for (RelationDef r : kind.relations()) {
                    List<String> targets = ids.getOrDefault(r.target(), List.of());
                    if (r.derived() || schema.kind(r.target()).orElseThrow().derived()) {
                        continue;
                    }
                    int edges = targets.isEmpty() ? 0 : pick(in, 0, r.many() ? 3 : 1);
                    for (int i = 0; i < edges; i++) {
                        String target = targets.get(pick(in, 0, targets.size() - 1));
                        steps.add(() -> builder.entity(kind.name(), id).relate(r.name(), target));
                    }
                    if (pick(in, 0, 7) == 0) {
                        String reason = text(in, 3);
                        steps.add(() -> builder.entity(kind.name(), id).unknownRelation(r.name(), reason));
                    }
                }
                Origin origin = origin(in);
                steps.add(() -> builder.entity(kind.name(), id).origin(origin));
                if (pick(in, 0, 7) == 0) {
                    String reason = text(in, 3);
                    steps.add(() -> builder.entity(kind.name(), id).existenceUnknown(reason));
                }
            }
        }
        // Declarations, attributes and edges in a random order: entities first met as targets, and
        // edges added from either side of a pair in any interleaving.
        for (int i = steps.size() - 1; i > 0; i--) {
            int j = pick(in, 0, i);
            Runnable s = steps.get(i);
            steps.set(i, steps.get(j));
            steps.set(j, s);
        }
        steps.forEach(Runnable::run);
        return new Built(schema, builder.build());
    }

    private static Value value(RandomnessSource in, AttributeDef a, boolean smallInts) {
        return switch (a.type()) {
            case INT -> smallInts ? Value.of((long) pick(in, -1, 6)) : integer(in);
            case DECIMAL -> decimal(in);
            case STRING -> Value.of(text(in, 3));
            case BOOL -> Value.of(pick(in, 0, 1) == 1);
            case LIST -> list(in, 0);
        };
    }

    private static Value integer(RandomnessSource in) {
        return switch (pick(in, 0, 3)) {
            case 0 -> Value.of((long) pick(in, -3, 3));
            case 1 -> Value.of(pick(in, 0, 1) == 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
            case 2 -> Value.of((long) pick(in, 0, 65535));
            default -> Value.of(in.next(Constraint.none()));
        };
    }

    private static Value decimal(RandomnessSource in) {
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300,
            Double.MIN_VALUE, 0.1, 2.0, 1e21};
        return switch (pick(in, 0, 2)) {
            case 0 -> Value.of(special[pick(in, 0, special.length - 1)]);
            case 1 -> Value.of(pick(in, -100000, 100000) / 100.0);
            default -> Value.of(Double.longBitsToDouble(in.next(Constraint.none())));
        };
    }

    private static Value list(RandomnessSource in, int depth) {
        int n = pick(in, 0, 3);
        List<Value> elements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            elements.add(switch (pick(in, 0, depth < 2 ? 5 : 4)) {
                case 0 -> integer(in);
                case 1 -> decimal(in);
                case 2 -> Value.of(text(in, 2));
                case 3 -> Value.of(pick(in, 0, 1) == 1);
                case 4 -> Value.unknown(text(in, 2));
                default -> list(in, depth + 1);
            });
        }
        return new Value.ListValue(elements);
    }

    private static Origin origin(RandomnessSource in) {
        return switch (pick(in, 0, 4)) {
            case 0 -> Origin.NONE;
            case 1 -> Origin.at(text(in, 2) + ".yml", pick(in, 1, 5000), pick(in, 1, 120));
            case 2 -> Origin.resource("arn:aws:ec2:" + text(in, 2));
            case 3 -> new Origin(text(in, 2), pick(in, 1, 5000), pick(in, 1, 120), text(in, 2));
            default -> new Origin(pick(in, 0, 1) == 0 ? null : text(in, 1), pick(in, 0, 1), 0, null);
        };
    }

    private static String text(RandomnessSource in, int fragments) {
        StringBuilder s = new StringBuilder();
        int n = pick(in, 0, fragments);
        for (int i = 0; i < n; i++) {
            s.append(FRAGMENTS[pick(in, 0, FRAGMENTS.length - 1)]);
        }
        return s.toString();
    }

    private static int pick(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    // Mangling

    /** Edits as numbers: what to do, where (per mille of the text), and a character. */
    private static Gen<int[]> edits() {
        return in -> {
            int[] edits = new int[3 * pick(in, 1, 3)];
            for (int i = 0; i < edits.length; i += 3) {
                edits[i] = pick(in, 0, 2);
                edits[i + 1] = pick(in, 0, 1000);
                edits[i + 2] = pick(in, 0, 255);
            }
            return edits;
        };
    }

    private static String mangle(String text, int[] edits) {
        String punctuation = "{}[]\":,0123456789.-+eE \ntrufalsn\\";
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < edits.length; i += 3) {
            int at = (int) ((long) edits[i + 1] * s.length() / 1000);
            char c = punctuation.charAt(edits[i + 2] % punctuation.length());
            switch (edits[i]) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
            }
        }
        return s.toString();
    }
}
