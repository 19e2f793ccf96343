package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The IAM policies of the README grant every action the scanner can call: the actions named in
 * the scanners' code (each call is made under its IAM name, {@code Calls.fetch("ec2:DescribeVpcs", ...)})
 * and every action a full scan of the fake (an organisation, then an account with every kind of
 * resource) asked for. {@code sts:GetCallerIdentity} needs no permission (IAM cannot deny it).
 */
class PolicyCoverageTest {
    private static final Pattern ACTION = Pattern.compile("\"([a-z0-9-]+:[A-Z][A-Za-z]+)\"");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final Set<String> NEED_NO_PERMISSION = Set.of("sts:GetCallerIdentity");

    private static Set<String> granted() throws IOException {
        Set<String> actions = new TreeSet<>();
        Matcher blocks = JSON_BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (blocks.find()) {
            Matcher m = ACTION.matcher(blocks.group(1));
            while (m.find()) {
                actions.add(m.group(1));
            }
        }
        return actions;
    }

    @Test
    void everyActionTheCodeNamesIsGranted() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ACTION.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue(named.size() > 30, "the scanners name their calls: " + named);
        named.removeAll(NEED_NO_PERMISSION);
        named.removeAll(granted());
        assertTrue(named.isEmpty(), "the README's policies miss " + named);
    }

    @Test
    void everyActionAFullScanAskedIsGranted() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (FakeAws fake = FakeAws.start("organization", "inventory", "seed")) {
            Aws.read(Scans.spec(fake, new Scans.Lines()).organization("invar-read").build());
            fake.requests().forEach(r -> asked.add(r.action()));
        }
        try (FakeAws fake = FakeAws.start("interfaces", "scaling", "inventory", "seed")) {
            Aws.read(Scans.spec(fake, new Scans.Lines()).build());
            fake.requests().forEach(r -> asked.add(r.action()));
        }
        assertTrue(asked.size() > 30, "a full scan asks every service: " + asked);
        asked.removeAll(NEED_NO_PERMISSION);
        asked.removeAll(granted());
        assertTrue(asked.isEmpty(), "the README's policies miss " + asked);
    }
}
