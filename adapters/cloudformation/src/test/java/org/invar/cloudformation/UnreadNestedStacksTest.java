package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nested stack whose template is not read (its location is known only at deploy, an S3 URL with
 * no local copy, a Serverless Application Repository application) may create anything: one
 * placeholder of each kind a template creates stands for what it may hold, its existence and
 * fields unknown with the reason, so rules over those kinds are unknown, never skipped.
 */
class UnreadNestedStacksTest {
    private static final String PARENT = String.join("\n",
            "Parameters:",
            "  TemplateBucket: {Type: String}",
            "  WithService: {Type: String}",
            "Conditions:",
            "  HasService: !Equals [!Ref WithService, 'yes']",
            "  Never: !Equals [a, b]",
            "Resources:",
            "  LoadBalancer:",
            "    Type: AWS::CloudFormation::Stack",
            "    Properties:",
            "      TemplateURL: !Sub https://s3.amazonaws.com/${TemplateBucket}/templates/load-balancer.yaml",
            "  Service:",
            "    Type: AWS::CloudFormation::Stack",
            "    Condition: HasService",
            "    Properties: {TemplateURL: 'https://s3.amazonaws.com/bucket/service.yaml'}",
            "  Skipped:",
            "    Type: AWS::CloudFormation::Stack",
            "    Condition: Never",
            "    Properties: {TemplateURL: 'https://s3.amazonaws.com/bucket/never.yaml'}",
            "  App:",
            "    Type: AWS::Serverless::Application",
            "    Properties: {Location: {ApplicationId: 'arn:aws:serverlessrepo:us-east-1:1:applications/x',"
                    + " SemanticVersion: 1.0.0}}",
            "  Local:",
            "    Type: AWS::CloudFormation::Stack",
            "    Properties: {TemplateURL: child.yml}",
            "");
    private static final String CHILD = String.join("\n",
            "Resources:",
            "  Grandchild:",
            "    Type: AWS::CloudFormation::Stack",
            "    Properties: {TemplateURL: 'https://example.com/deeper.yaml'}",
            "  Bucket: {Type: AWS::S3::Bucket}",
            "");

    @TempDir
    Path dir;

    private Path parent() {
        Models.write(dir, "child.yml", CHILD);
        return Models.write(dir, "parent.yml", PARENT);
    }

    @Test
    void anUnreadStackHasAPlaceholderOfEachKindItMayCreate() {
        Model m = CloudFormation.load(parent());
        String id = "LoadBalancer (nested stack, not read)";
        String why = "nested stack LoadBalancer was not read: its TemplateURL is not known before deploy"
                + " (parameter TemplateBucket has no value) and no file under " + dir.toAbsolutePath()
                + " has the path it ends with, templates/load-balancer.yaml";
        for (String kind : List.of("vpc", "subnet", "load_balancer", "listener", "target_group", "target",
                "ecs_cluster", "ecs_service", "auto_scaling_group", "db_instance", "bucket", "security_group",
                "ingress", "route")) {
            assertEquals(why, Models.existenceUnknown(m, kind, id), kind);
        }
        for (String kind : List.of("az", "region", "lb_node", "ecs_task")) {
            assertTrue(!Models.has(m, kind, id), kind);
        }
        assertEquals("unknown: " + why, Models.plain(m, "load_balancer", id, "scheme"));
        assertEquals(why, Models.unknownRelation(m, "load_balancer", id, "subnet"));
        assertEquals(8, Models.origin(m, "load_balancer", id).line());
        assertEquals("LoadBalancer", Models.origin(m, "load_balancer", id).resource());
    }

    @Test
    void rulesOverTheirKindsAreUnknownNotSkipped() {
        Report report = Invar.compile("every load_balancer has scheme == \"internal\"").evaluate(CloudFormation.load(parent()));
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        assertTrue(report.unknowns().get(0).reason().orElseThrow().contains("nested stack LoadBalancer was not read"));
    }

    @Test
    void eachReasonSaysWhyTheStackWasNotRead() {
        Model m = CloudFormation.load(parent());
        assertEquals("nested stack App was not read: it is a Serverless Application Repository application",
                Models.existenceUnknown(m, "ecs_service", "App (nested stack, not read)"));
        assertEquals("nested stack Local/Grandchild was not read: its template https://example.com/deeper.yaml has no"
                + " copy under " + dir.toAbsolutePath(),
                Models.existenceUnknown(m, "subnet", "Local/Grandchild (nested stack, not read)"));
        assertTrue(Models.has(m, "bucket", "Local/Bucket"));
        assertNull(Models.existenceUnknown(m, "bucket", "Local/Bucket"));
    }

    @Test
    void aStackBehindAnUndecidedConditionSaysSoAndOneBehindAFalseOneHasNone() {
        Model m = CloudFormation.load(parent());
        assertEquals("nested stack Service was not read: its template https://s3.amazonaws.com/bucket/service.yaml"
                + " has no copy under " + dir.toAbsolutePath() + "; nor is it known to be created: condition HasService"
                + " cannot be decided: parameter WithService has no value",
                Models.existenceUnknown(m, "ecs_service", "Service (nested stack, not read)"));
        assertTrue(!Models.has(m, "ecs_service", "Skipped (nested stack, not read)"));
        Model without = CloudFormation.load(parent(), Models.options(Map.of("WithService", "no"), null));
        assertTrue(!Models.has(without, "ecs_service", "Service (nested stack, not read)"));
    }

    @Test
    void theNoteNamesThePlaceholders() throws Exception {
        Path p = parent();
        Model m = ModelSources.load(ModelInput.of(p.toString()), LoadOptions.DEFAULT);
        assertTrue(m.notes().contains(p + ": nested stack LoadBalancer was not loaded: a location not known before"
                + " deploy; what it may create is unknown, one placeholder of each kind,"
                + " 'LoadBalancer (nested stack, not read)'"), m.notes()::toString);
    }

    @Test
    void aFileWithThePathTheUrlEndsWithIsReadInItsStead() {
        Path lb = Models.write(dir, "templates/load-balancer.yaml", "Resources:\n  Lb: {Type: AWS::ElasticLoadBalancingV2::"
                + "LoadBalancer, Properties: {Scheme: internal, Subnets: [subnet-1, subnet-2]}}\n");
        CloudFormation.Loaded loaded = CloudFormation.read(parent(), LoadOptions.DEFAULT);
        assertEquals("internal", Models.plain(loaded.model(), "load_balancer", "LoadBalancer/Lb", "scheme"));
        assertTrue(!Models.has(loaded.model(), "load_balancer", "LoadBalancer (nested stack, not read)"));
        assertTrue(loaded.summary().nestedStacksStandIns().get("LoadBalancer").contains("was read from " + lb),
                loaded.summary().nestedStacksStandIns()::toString);
    }

    @Test
    void aLocalTemplateThatIsNotThereIsStillAnError() {
        Path t = Models.write(dir, "missing.yml", String.join("\n",
                "Resources:",
                "  Child: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: nowhere.yml}}",
                ""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(t));
        assertTrue(e.getMessage().startsWith(t + ":2:71: error: nested stack Child: template file "), e.getMessage());
    }
}
