package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input ends in a {@link ModelLoadException} naming file:line:col and what is
 * wrong, within a few seconds, and never in another exception.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** Loads the text as {@code name} and returns the message, checking its shape and the time taken. */
    private String error(String name, String text) {
        Path file = Models.write(dir, name, text);
        ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThrows(ModelLoadException.class, () -> CloudFormation.load(file)));
        String message = e.getMessage();
        assertTrue(Pattern.compile("^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: error: .+").matcher(message).find(),
                message);
        return message;
    }

    private static void assertMentions(String message, String... fragments) {
        for (String f : fragments) {
            assertTrue(message.contains(f), "'" + f + "' not in: " + message);
        }
    }

    @Test
    void malformedYaml() {
        String m = error("bad.yml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: [a, b\n  B: c\n");
        assertMentions(m, "malformed YAML");
    }

    @Test
    void malformedYamlIndentation() {
        String m = error("indent.yaml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\n   Properties: {}\n");
        assertMentions(m, "indent.yaml:4:", "malformed YAML");
    }

    @Test
    void malformedJson() {
        String m = error("bad.json", "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"AWS::S3::Bucket\" \"Properties\": {}}\n  }\n}\n");
        assertMentions(m, "bad.json:3:", "malformed JSON");
    }

    @Test
    void truncatedJson() {
        String m = error("cut.json", "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\"");
        assertMentions(m, "malformed JSON");
    }

    @Test
    void yamlAliasBomb() {
        StringBuilder y = new StringBuilder("Resources:\n  A:\n    Type: AWS::S3::Bucket\nLol:\n");
        y.append("  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            String ref = "*" + prev;
            y.append("  ").append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, ref))).append("]\n");
            prev = String.valueOf(c);
        }
        assertMentions(error("bomb.yml", y.toString()), "alias bomb");
    }

    @Test
    void twentyThousandDeepYaml() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        String m = error("deep.yml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: " + deep + "\n");
        assertMentions(m, "nesting is deeper than");
    }

    @Test
    void twentyThousandDeepBlockYaml() {
        StringBuilder y = new StringBuilder("Resources:\n");
        for (int i = 0; i < 20_000; i++) {
            y.append("- ");
        }
        y.append("x\n");
        assertTrue(error("deep-block.yml", y.toString()).contains("error"));
    }

    @Test
    void twentyThousandDeepJson() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        String m = error("deep.json", "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"Tags\": "
                + deep + "}}}}");
        assertMentions(m, "nesting is deeper than");
    }

    @Test
    void notATemplate() {
        assertMentions(error("compose.yml", "services:\n  web:\n    image: nginx\n"), "not a CloudFormation template",
                "no Resources section");
        assertMentions(error("model.json", "{\"invar_model\": 1, \"entities\": []}"), "invar model file");
        assertMentions(error("plan.json", "{\"format_version\": \"0.1\", \"planned_values\": {}}"), "Terraform");
        assertMentions(error("list.yml", "- a\n- b\n"), "not a mapping");
        assertMentions(error("empty.yml", ""), "empty");
    }

    @Test
    void unknownIntrinsic() {
        String m = error("fn.yml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName:\n        Fn::Joinn: [\"-\", [a, b]]\n");
        assertMentions(m, "fn.yml:6:9:", "unknown intrinsic function Fn::Joinn", "did you mean Fn::Join?");
    }

    @Test
    void unknownShortFormTag() {
        String m = error("tag.yml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Joinn [\"-\", [a, b]]\n");
        assertMentions(m, "tag.yml:5:19:", "unknown YAML tag !Joinn");
    }

    @Test
    void cyclicConditions() {
        String m = error("cycle.yml", "Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]\nResources:\n"
                + "  X:\n    Type: AWS::S3::Bucket\n    Condition: A\n");
        assertMentions(m, "circular reference", "Conditions.A -> Conditions.B -> Conditions.A");
    }

    @Test
    void cyclicGetAtt() {
        String m = error("getatt.yml", "Resources:\n"
                + "  A: {Type: AWS::EC2::Subnet, Properties: {AvailabilityZone: !GetAtt B.AvailabilityZone}}\n"
                + "  B: {Type: AWS::EC2::Subnet, Properties: {AvailabilityZone: !GetAtt A.AvailabilityZone}}\n");
        assertMentions(m, "getatt.yml:3:62:", "resources need each other in a circle", "A -> B -> A",
                "A: Fn::GetAtt of B at 2:62; B: Fn::GetAtt of A at 3:62");
    }

    @Test
    void cyclicNestedStacks() {
        Models.write(dir, "child.yml", "Parameters:\n  In: {Type: String}\nResources:\n  B: {Type: AWS::S3::Bucket}\n"
                + "Outputs:\n  Out: {Value: !Ref In}\n");
        String m = error("parent.yml", "Resources:\n"
                + "  One:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child.yml\n"
                + "      Parameters: {In: !GetAtt Two.Outputs.Out}\n"
                + "  Two:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child.yml\n"
                + "      Parameters: {In: !GetAtt One.Outputs.Out}\n");
        assertMentions(m, "parent.yml:11:24:", "One -> Two -> One", "One: Fn::GetAtt of Two at 6:24");
    }

    @Test
    void missingNestedStackFile() {
        String m = error("parent.yml", "Resources:\n  Child:\n    Type: AWS::Serverless::Application\n"
                + "    Properties:\n      Location: missing/child.yml\n");
        assertMentions(m, "parent.yml:5:17:", "nested stack Child: template file", "not found");
    }

    @Test
    void aStackThatContainsItself() {
        String m = error("self.yml", "Resources:\n  Again:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ./self.yml\n");
        assertMentions(m, "contains itself");
    }

    @Test
    void otherTemplateErrors() {
        assertMentions(error("ref.yml", "Resources:\n  A: {Type: AWS::S3::Bucket, Properties: {BucketName: !Ref Bukcet}}\n"
                + "  Bucket: {Type: AWS::S3::Bucket}\n"), "Ref to Bukcet", "did you mean Bucket?");
        assertMentions(error("select.yml", "Resources:\n  A: {Type: AWS::S3::Bucket, Properties: {BucketName: !Select [3, [a, b]]}}\n"),
                "past the end");
        assertMentions(error("dup.yml", "Resources:\n  A: {Type: AWS::S3::Bucket}\n  A: {Type: AWS::S3::Bucket}\n"),
                "dup.yml:3:3:", "duplicate key 'A'");
        assertMentions(error("cond.yml", "Resources:\n  A: {Type: AWS::S3::Bucket, Condition: Missing}\n"),
                "no condition named Missing");
        assertMentions(error("type.yml", "Resources:\n  A: {Properties: {}}\n"), "has no Type");
        assertMentions(error("map.yml", "Mappings: {M: {k: {v: x}}}\nResources:\n"
                + "  A: {Type: AWS::S3::Bucket, Properties: {BucketName: !FindInMap [M, nope, v]}}\n"), "has no key 'nope'");
    }

    @Test
    void errorsInNestedStacksNameTheChildFile() {
        Path child = Models.write(dir, "nested/child.yml", "Resources:\n  A: {Type: AWS::S3::Bucket, Properties: {BucketName: !Ref Nope}}\n");
        Path parent = Models.write(dir, "top.yml", "Resources:\n  C: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: nested/child.yml}}\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(parent, Models.options(Map.of(), null)));
        assertTrue(e.getMessage().startsWith(child.toString() + ":2:"), e.getMessage());
    }

    /** Loads raw bytes as {@code name} and returns the message, checking its shape. */
    private String errorOfBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        java.nio.file.Files.write(file, bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getCause() == null, "no stack trace behind: " + e.getCause());
        return e.getMessage();
    }

    @Test
    void latin1IsNotUtf8() throws Exception {
        String text = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: caf\u00e9}\n";
        for (String name : new String[] {"latin1.yml", "latin1.json"}) {
            String body = name.endsWith(".json")
                    ? "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": \"caf\u00e9\"}}}}"
                    : text;
            String m = errorOfBytes(name, body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            int offset = body.indexOf('\u00e9');
            assertMentions(m, "not UTF-8", "byte 0xE9 at byte offset " + offset, "re-save the file as UTF-8");
        }
        assertMentions(errorOfBytes("latin1.yml", text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                "latin1.yml:4:33: error: not UTF-8");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        String text = "\ufeffResources:\n  A: {Type: AWS::S3::Bucket, Properties: {BucketName: caf\u00e9}}\n";
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {
                java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.StandardCharsets.UTF_8}) {
            Path file = dir.resolve("bom-" + cs.name() + ".yml");
            java.nio.file.Files.write(file, text.getBytes(cs));
            CloudFormation.load(file);
        }
        // An unpaired surrogate is not UTF-16 text.
        byte[] bad = "\ufeffResources: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte[] broken = java.util.Arrays.copyOf(bad, bad.length + 2);
        broken[bad.length] = (byte) 0xDC;
        assertMentions(errorOfBytes("odd.yml", broken), "not UTF-16BE text", "re-save the file as UTF-8");
        assertMentions(errorOfBytes("utf32.yml", text.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))),
                "utf32.yml:1:1: error: not UTF-8 text: the byte order mark says UTF-32");
    }

    @Test
    void dependsOnNamesResourcesOfTheTemplateWithoutCircles() {
        String head = "Resources:\n  Bucket: {Type: AWS::S3::Bucket}\n";
        assertMentions(error("self.yml", head + "  Queue: {Type: AWS::SQS::Queue, DependsOn: Queue}\n"),
                "self.yml:3:45:", "Queue depends on itself");
        assertMentions(error("missing.yml", head + "  Queue: {Type: AWS::SQS::Queue, DependsOn: [Bucket, Bukcet]}\n"),
                "missing.yml:3:54:", "names Bukcet, which is no resource", "did you mean Bucket?");
        assertMentions(error("circle.yml", head + "  A: {Type: AWS::SQS::Queue, DependsOn: B}\n"
                        + "  B: {Type: AWS::SQS::Queue, DependsOn: [Bucket, C]}\n  C: {Type: AWS::SQS::Queue, DependsOn: A}\n"),
                "circle.yml:5:", "A -> B -> C -> A");
        assertMentions(error("kind.yml", head + "  Queue: {Type: AWS::SQS::Queue, DependsOn: {Ref: Bucket}}\n"),
                "must be a resource's logical id");
    }

    @Test
    void dependsOnResourcesATransformMakesIsLeftToIt() {
        CloudFormation.load(Models.write(dir, "sam.yml", "Transform: AWS::Serverless-2016-10-31\nResources:\n"
                + "  Queue: {Type: AWS::SQS::Queue, DependsOn: [FunctionRole]}\n"));
        CloudFormation.load(Models.write(dir, "ok.yml", "Resources:\n  Bucket: {Type: AWS::S3::Bucket}\n"
                + "  A: {Type: AWS::SQS::Queue, DependsOn: [Bucket]}\n  B: {Type: AWS::SQS::Queue, DependsOn: [A, Bucket]}\n"));
    }

    @Test
    void referencesInResourcesInvarDoesNotModelAreChecked() {
        String head = "Parameters:\n  Stage: {Type: String, Default: dev}\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\n"
                + "Resources:\n  Bucket: {Type: AWS::S3::Bucket}\n";
        assertMentions(error("ref.yml", head + "  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: !Ref Stgae}}\n"),
                "ref.yml:7:", "Ref to Stgae: a parameter or resource of this template or a pseudo parameter was expected",
                "did you mean Stage?");
        assertMentions(error("getatt.yml", head + "  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: !GetAtt Buckte.Arn}}\n"),
                "getatt.yml:7:", "Fn::GetAtt of Buckte", "did you mean Bucket?");
        assertMentions(error("sub.yml", head + "  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: !Sub '${Stage}-${Bukcet.Arn}'}}\n"),
                "sub.yml:7:", "${Bukcet.Arn}", "did you mean Bucket?");
        assertMentions(error("if.yml", head + "  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: !If [IsProdd, a, b]}}\n"),
                "if.yml:7:", "no condition named IsProdd", "did you mean IsProd?");
        assertMentions(error("output.yml", head + "Outputs:\n  Name: {Value: !Ref Buckt}\n"), "output.yml:8:", "did you mean Bucket?");
        // Sub's own variables, escapes and pseudo parameters are not template names.
        CloudFormation.load(Models.write(dir, "fine.yml", head + "  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n"
                + "      TopicName: !Sub ['${Local}-${!Literal}-${AWS::Region}-${Bucket.Arn}-${Stage}', {Local: x}]\n"));
    }
}
