package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The templates under {@code correctness/}: each one a case of what CloudFormation accepts or
 * refuses. Those under {@code valid/} load (through the model sources, as the command line loads
 * them) with what the case is about in the model; those under {@code invalid/} are refused with
 * {@code file:line:col: error:} at the place the table gives, and the message says what is wrong
 * and what to do. Every file of the folders must be in the tables, so no fixture goes untested.
 */
class CorrectnessFixturesTest {
    private static final Path VALID = Models.resource("correctness/valid");
    private static final Path INVALID = Models.resource("correctness/invalid");

    /** Invalid file, the line:col of its error, and fragments the message must hold. */
    private static final Map<String, List<String>> ERRORS = new LinkedHashMap<>();

    static {
        error("ref-missing.yml", "4:58", "Ref to Bukcet", "did you mean Bucket?");
        error("ref-missing.json", "4:78", "Ref to Bukcet", "did you mean Bucket?");
        error("getatt-missing.yml", "7:48", "Fn::GetAtt of Queu", "did you mean Queue?");
        error("sub-missing.yml", "8:18", "Fn::Sub variable ${Stgae}", "did you mean Stage?");
        error("sub-malformed.yml", "6:25", "Fn::Sub variable ${Group.} is malformed", "${Resource.Attribute}");
        error("depends-on-missing.yml", "5:25", "names Buckte, which is no resource", "did you mean Bucket?");
        error("depends-on-self.yml", "4:16", "Queue depends on itself");
        error("depends-on-circle.yml", "4:41", "A -> B -> C -> A", "A: DependsOn B at 2:41",
                "remove a DependsOn that is not needed");
        error("condition-missing.yml", "6:16", "no condition named IsPrd", "did you mean IsProd?");
        error("if-condition-missing.yml", "7:26", "Fn::If names no condition named IsProdd", "did you mean IsProd?");
        error("cycle-security-groups.yml", "15:101", "resources need each other in a circle", "Web -> App -> Web",
                "Web: Ref to App at 9:101; App: Fn::GetAtt of Web at 15:101",
                "separate AWS::EC2::SecurityGroupIngress");
        error("cycle-mixed.yml", "15:24", "Role -> Bucket -> Function -> Role",
                "Role: Fn::Sub variable ${Bucket.Arn} at 9:90", "Bucket: DependsOn Function at 12:16");
        error("cycle-if-branch.yml", "15:37", "Key -> Queue -> Key", "Queue: Ref to Key at 15:37");
        error("refers-to-itself.yml", "6:99", "resource Web refers to itself (Ref to Web)",
                "AWS::EC2::SecurityGroupIngress (or SecurityGroupEgress) resource with GroupId: !Ref Web");
        error("pseudo-ref-typo.yml", "5:38", "AWS::Regoin is no pseudo parameter", "did you mean AWS::Region?");
        error("pseudo-sub-typo.yml", "5:18", "${AWS::AccountID}", "did you mean AWS::AccountId?");
        error("pseudo-without-prefix.yml", "5:18", "Ref to Region", "did you mean AWS::Region?");
        error("condition-names-resource.yml", "5:29", "Ref to Bucket: a condition may name parameters");
        error("condition-pseudo-typo.yml", "2:22", "AWS::Regin is no pseudo parameter", "did you mean AWS::Region?");
        error("missing-nested-file.yml", "6:20", "nested stack Child: template file", "servcie.yaml not found");
        error("not-utf8.yml", "5:33", "not UTF-8 text: byte 0xE9", "re-save the file as UTF-8");
        error("unknown-short-form.yml", "4:30", "unknown YAML tag !Joinn");
    }

    private static void error(String file, String lineCol, String... fragments) {
        List<String> expected = new ArrayList<>();
        expected.add(lineCol);
        expected.addAll(List.of(fragments));
        ERRORS.put(file, expected);
    }

    /** Valid file, and what its case puts in the model. */
    private static final Map<String, BiConsumer<Model, Path>> LOADS = new LinkedHashMap<>();

    static {
        LOADS.put("rules-short-forms.yml", (m, p) -> assertTrue(Models.has(m, "bucket", "Bucket")));
        LOADS.put("get-stack-output.yml", (m, p) -> assertEquals(List.of("stack-output:network/VpcId"),
                Models.related(m, "security_group", "Web", "vpc")));
        LOADS.put("indented-keys.yml", (m, p) -> assertEquals("logs", Models.plain(m, "bucket", "Bucket", "name")));
        LOADS.put("unread-nested-stack.yml", (m, p) -> assertTrue(Models.existenceUnknown(m, "subnet",
                "Remote (nested stack, not read)").startsWith("nested stack Remote was not read")));
        LOADS.put("out-of-range-int.yml", (m, p) -> assertTrue(String.valueOf(Models.plain(m, "ecs_service", "Service",
                "desired_count")).contains("out of range")));
        LOADS.put("security-groups-separate-rules.yml", (m, p) -> {
            assertEquals(List.of("App"), Models.related(m, "ingress", "WebFromApp", "peer"));
            assertEquals(List.of("Web"), Models.related(m, "ingress", "WebFromApp", "security_group"));
        });
        LOADS.put("references-without-circles.yml", (m, p) -> assertTrue(Models.has(m, "bucket", "Bucket")));
        LOADS.put("template-url-tail/parent.yml", CorrectnessFixturesTest::templateUrlTail);
        LOADS.put("template-url-tail/lb.yaml", (m, p) -> assertEquals("internal", Models.plain(m, "load_balancer", "Lb", "scheme")));
        LOADS.put("template-url-tail/templates/service.yaml", (m, p) ->
                assertEquals(1L, Models.plain(m, "ecs_service", "Service", "desired_count")));
    }

    /** The files of a folder, relative to it, in order. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyFixtureIsInATable() throws IOException {
        assertEquals(new TreeSet<>(ERRORS.keySet()), new TreeSet<>(files(INVALID)));
        assertEquals(new TreeSet<>(LOADS.keySet()), new TreeSet<>(files(VALID)));
    }

    @TestFactory
    Stream<DynamicTest> invalidTemplatesAreRefusedWhereTheMistakeIs() {
        return ERRORS.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Path file = INVALID.resolve(c.getKey());
            ModelLoadException e = assertThrows(ModelLoadException.class,
                    () -> ModelSources.load(ModelInput.of(file.toString()), LoadOptions.DEFAULT));
            String message = e.getMessage();
            assertTrue(message.startsWith(file + ":" + c.getValue().get(0) + ": error: "), message);
            for (String fragment : c.getValue().subList(1, c.getValue().size())) {
                assertTrue(message.contains(fragment), "'" + fragment + "' not in: " + message);
            }
            assertNull(e.getCause(), "a user's mistake has no stack trace behind it");
        }));
    }

    @TestFactory
    Stream<DynamicTest> validTemplatesLoad() {
        return LOADS.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Path file = VALID.resolve(c.getKey());
            c.getValue().accept(ModelSources.load(ModelInput.of(file.toString()), LoadOptions.DEFAULT), file);
        }));
    }

    /** Known-in-part TemplateURLs whose path the parent's folder holds are read from there, with a note. */
    private static void templateUrlTail(Model m, Path parent) {
        Path dir = parent.getParent();
        assertEquals(2L, Models.plain(m, "ecs_service", "Service/Service", "desired_count"));
        assertEquals(List.of("Service/Cluster"), Models.related(m, "ecs_service", "Service/Service", "ecs_cluster"));
        assertEquals("internal", Models.plain(m, "load_balancer", "Lb/Lb", "scheme"));
        assertTrue(m.notes().contains(parent + ": nested stack Service: its TemplateURL"
                + " https://s3.amazonaws.com/${TemplateBucket}/templates/service.yaml was read from "
                + dir.resolve("templates/service.yaml") + ", the file with the path it ends with"
                + " (templates/service.yaml): the rest is known only at deploy (parameter TemplateBucket has no value)"),
                m.notes()::toString);
        assertTrue(m.notes().contains(parent + ": nested stack Lb: its TemplateURL https://${...}.s3.${AWS::Region}"
                + ".amazonaws.com/lb.yaml was read from " + dir.resolve("lb.yaml") + ", the file with the path it ends"
                + " with (lb.yaml): the rest is known only at deploy (parameter TemplateBucket has no value)"),
                m.notes()::toString);
        assertEquals("nested stack Absent was not read: its TemplateURL is not known before deploy (parameter"
                + " TemplateBucket has no value) and no file under " + dir + " has the path it ends with,"
                + " templates/absent.yaml", Models.existenceUnknown(m, "load_balancer", "Absent (nested stack, not read)"));
        assertEquals("nested stack Unnamed was not read: its TemplateURL is not known before deploy (parameter"
                + " TemplateBucket has no value)", Models.existenceUnknown(m, "load_balancer", "Unnamed (nested stack, not read)"));
    }
}
