package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates of queues that name each other by every kind of reference: with references only to
 * resources declared before (no circle possible) they load; with a chain closed into a circle they
 * and other references either way are refused, and the error names a real circle of the template,
 * begun at the resource declared first, at the line of the reference that closes it.
 */
class DependencyCyclesPropertiesTest {
    private static final Pattern ERROR = Pattern.compile(":(\\d+):\\d+: error: resources need each other in a circle,"
            + " so CloudFormation cannot create any of them: ([A-Za-z0-9 >-]+) \\(");

    @TempDir
    Path dir;

    /** A template being written: the edges from each resource and the line each reference is on. */
    private static final class Queues {
        final int count;
        final Map<Integer, Set<Integer>> edges = new HashMap<>();
        final Map<Integer, List<Integer>> closes = new HashMap<>(); // line -> [from, to]

        Queues(int count) {
            this.count = count;
        }

        void edge(int from, int to) {
            edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        }

        /** Each reference on a line of its own, of a kind chosen by {@code kinds}. */
        String yaml(Random kinds) {
            List<String> lines = new ArrayList<>(List.of("Conditions:", "  Never: !Equals [a, b]", "Resources:"));
            for (int i = 0; i < count; i++) {
                lines.add("  Q" + i + ":");
                lines.add("    Type: AWS::SQS::Queue");
                List<Integer> dependsOn = new ArrayList<>();
                List<Integer> refs = new ArrayList<>();
                for (int to : edges.getOrDefault(i, Set.of())) {
                    (kinds.nextInt(6) == 0 ? dependsOn : refs).add(to);
                }
                if (!dependsOn.isEmpty()) {
                    lines.add("    DependsOn:");
                    for (int to : dependsOn) {
                        lines.add("      - Q" + to);
                        closes.put(lines.size(), List.of(i, to));
                    }
                }
                lines.add("    Properties:");
                lines.add("      Tags:");
                for (int to : refs) {
                    String value = switch (kinds.nextInt(5)) {
                        case 0 -> "!Ref Q" + to;
                        case 1 -> "!GetAtt Q" + to + ".Arn";
                        case 2 -> "!Sub '${Q" + to + "}'";
                        case 3 -> "!Sub 'x-${Q" + to + ".QueueName}'";
                        default -> "!If [Never, !Ref 'AWS::NoValue', !GetAtt [Q" + to + ", Arn]]";
                    };
                    lines.add("        - {Key: k" + to + ", Value: " + value + "}");
                    closes.put(lines.size(), List.of(i, to));
                }
                lines.add("        - {Key: name, Value: q" + i + "}");
            }
            return String.join("\n", lines) + "\n";
        }
    }

    @Test
    void referencesOnlyToResourcesDeclaredBeforeAlwaysLoad() {
        qt().withExamples(60).forAll(integers().between(1, 12), longs().all()).checkAssert((n, seed) -> {
            Random random = new Random(seed);
            Queues q = new Queues(n);
            for (int i = 1; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(3) == 0) {
                        q.edge(i, j);
                    }
                }
            }
            CloudFormation.load(Models.write(dir, "dag.yml", q.yaml(random)));
        });
    }

    @Test
    void aChainClosedIntoACircleIsRefusedNamingARealCircle() {
        qt().withExamples(60).forAll(integers().between(1, 12), longs().all()).checkAssert((n, seed) -> {
            Random random = new Random(seed);
            Queues q = new Queues(n + 1);
            int low = random.nextInt(n);
            int high = low + 1 + random.nextInt(n - low);
            for (int i = low + 1; i <= high; i++) {
                q.edge(i, i - 1);
            }
            q.edge(low, high);
            // Other references, either way: more circles, met from anywhere.
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= n; j++) {
                    if (i != j && random.nextInt(5) == 0) {
                        q.edge(i, j);
                    }
                }
            }
            String yaml = q.yaml(random);
            Path file = Models.write(dir, "circle.yml", yaml);
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(file), yaml);
            Matcher m = ERROR.matcher(e.getMessage());
            assertTrue(m.find(), e.getMessage());
            List<Integer> circle = new ArrayList<>();
            for (String r : m.group(2).split(" -> ")) {
                circle.add(Integer.parseInt(r.substring(1)));
            }
            assertEquals(circle.get(0), circle.get(circle.size() - 1), e.getMessage());
            for (int i = 0; i + 1 < circle.size(); i++) {
                assertTrue(q.edges.getOrDefault(circle.get(i), Set.of()).contains(circle.get(i + 1)),
                        "no reference " + circle.get(i) + " -> " + circle.get(i + 1) + ": " + e.getMessage());
            }
            List<Integer> members = circle.subList(0, circle.size() - 1);
            assertEquals(members.stream().min(Integer::compare).orElseThrow(), circle.get(0), e.getMessage());
            List<Integer> closing = q.closes.get(Integer.parseInt(m.group(1)));
            assertEquals(List.of(circle.get(circle.size() - 2), circle.get(0)), closing, e.getMessage() + "\n" + yaml);
        });
    }
}
