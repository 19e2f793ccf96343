package org.invar.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.invar.model.Relation;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonReadTest {
    /** Schema v1 has no decimal or list attribute; buckets get one of each here. */
    static final Schema WITH_DECIMAL_AND_LIST = Schema.v1().toBuilder()
            .attribute("bucket", new AttributeDef("size_gb", ValueType.DECIMAL, false, "size in GB"))
            .attribute("bucket", new AttributeDef("tags", ValueType.LIST, false, "tags"))
            .build();

    private static Value value(Model model, String kind, String id, String attribute) {
        EntityTable table = model.table(kind);
        return table.column(attribute).value(table.find(id).orElseThrow());
    }

    private static List<String> targets(Model model, String kind, String id, String relation) {
        EntityTable table = model.table(kind);
        int i = table.find(id).orElseThrow();
        Relation r = table.relation(relation);
        EntityTable target = model.table(r.targetKind());
        List<String> ids = new java.util.ArrayList<>();
        for (int slot = r.start(i); slot < r.end(i); slot++) {
            ids.add(target.id(r.target(slot)));
        }
        return ids;
    }

    private static String entities(String... entities) {
        return "{\"invar_model\": 1, \"entities\": [" + String.join(",\n", entities) + "]}";
    }

    @Test
    void readsEveryValueType() {
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "bucket", "id": "b", "attributes": {
                  "name": "logs", "versioning": true, "encrypted": false,
                  "size_gb": 2.5, "tags": [1, -2.5, "team", true, [false, 9223372036854775807], {"unknown": "r"}]}}""",
                """
                {"kind": "bucket", "id": "whole", "attributes": {"size_gb": 3}}""",
                """
                {"kind": "db_instance", "id": "db", "attributes": {"port": -9223372036854775808}}"""),
                WITH_DECIMAL_AND_LIST);

        assertEquals(Value.of("logs"), value(model, "bucket", "b", "name"));
        assertEquals(Value.of(true), value(model, "bucket", "b", "versioning"));
        assertEquals(Value.of(false), value(model, "bucket", "b", "encrypted"));
        assertEquals(Value.of(2.5), value(model, "bucket", "b", "size_gb"));
        assertEquals(new Value.ListValue(List.of(Value.of(1L), Value.of(-2.5), Value.of("team"), Value.of(true),
                new Value.ListValue(List.of(Value.of(false), Value.of(Long.MAX_VALUE))), Value.unknown("r"))),
                value(model, "bucket", "b", "tags"));
        assertEquals(Value.of(3.0), value(model, "bucket", "whole", "size_gb"), "an int is a decimal where one is due");
        assertEquals(Value.of(Long.MIN_VALUE), value(model, "db_instance", "db", "port"));
        assertNull(value(model, "bucket", "whole", "name"), "an attribute left out is absent");
    }

    @Test
    void readsNonFiniteDecimalsAsTheWriterWritesThem() {
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "bucket", "id": "b", "attributes": {"size_gb": NaN, "tags": [Infinity, -Infinity]}}"""),
                WITH_DECIMAL_AND_LIST);

        assertEquals(Value.of(Double.NaN), value(model, "bucket", "b", "size_gb"));
        assertEquals(new Value.ListValue(List.of(Value.of(Double.POSITIVE_INFINITY),
                Value.of(Double.NEGATIVE_INFINITY))), value(model, "bucket", "b", "tags"));
    }

    @Test
    void unknownsKeepTheirReasons() {
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "az", "id": "a"}""", """
                {"kind": "ecs_service", "id": "metadata",
                 "exists": {"unknown": "condition IsProd cannot be decided"},
                 "attributes": {"desired_count": {"unknown": "parameter ServiceCount has no value"}},
                 "relations": {"subnet": {"unknown": "parameter Subnets has no value"}}}""", """
                {"kind": "subnet", "id": "s", "relations": {"az": {"unknown": "AWS picks the zone", "known": ["a"]}}}"""));

        EntityTable services = model.table("ecs_service");
        Column desired = services.column("desired_count");
        assertEquals(Column.UNKNOWN, desired.state(0));
        assertEquals("parameter ServiceCount has no value", desired.unknownReason(0));
        assertEquals("parameter Subnets has no value", services.relation("subnet").unknownReason(0));
        assertEquals(0, services.relation("subnet").count(0));
        assertEquals("condition IsProd cannot be decided", services.existenceUnknown(0));

        EntityTable subnets = model.table("subnet");
        assertEquals("AWS picks the zone", subnets.relation("az").unknownReason(0));
        assertEquals(List.of("a"), targets(model, "subnet", "s", "az"), "known targets of an unknown relation");
        assertNull(model.table("az").existenceUnknown(0));
    }

    @Test
    void readsOrigins() {
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "az", "id": "full", "origin": {"file": "network.yml", "line": 12, "column": 3, "resource": "AzA"}}""",
                """
                {"kind": "az", "id": "live", "origin": {"resource": "arn:aws:ec2:us-east-1::az/use1-az1"}}""", """
                {"kind": "az", "id": "file-only", "origin": {"file": "main.tf"}}""", """
                {"kind": "az", "id": "none"}""", """
                {"kind": "az", "id": "empty", "origin": {}}"""));

        EntityTable azs = model.table("az");
        assertEquals(new Origin("network.yml", 12, 3, "AzA"), azs.origin(0));
        assertEquals(Origin.resource("arn:aws:ec2:us-east-1::az/use1-az1"), azs.origin(1));
        assertEquals(new Origin("main.tf", 0, 0, null), azs.origin(2));
        assertEquals(Origin.NONE, azs.origin(3));
        assertEquals(Origin.NONE, azs.origin(4));
    }

    @Test
    void aRelationGivenOnOneSideIsKnownOnTheOther() {
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "subnet", "id": "s1", "relations": {"az": ["a"]}}""", """
                {"kind": "az", "id": "a", "relations": {"subnet": ["s2"]}}""", """
                {"kind": "subnet", "id": "s2"}"""));

        assertEquals(List.of("s1", "s2"), targets(model, "az", "a", "subnet"));
        assertEquals(List.of("a"), targets(model, "subnet", "s2", "az"));
        assertEquals(List.of("s1", "s2"), model.table("subnet").ids(), "entities keep the file's order");
    }

    @Test
    void relationTargetsKeepTheFilesOrderOnBothSides() {
        // tg1 lists svc2 before svc1, while svc1 lists tg2 before tg1: no entity-by-entity order gives both.
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "target_group", "id": "tg1", "relations": {"ecs_service": ["svc2", "svc1"]}}""", """
                {"kind": "target_group", "id": "tg2", "relations": {"ecs_service": ["svc1"]}}""", """
                {"kind": "ecs_service", "id": "svc1", "relations": {"target_group": ["tg2", "tg1"]}}""", """
                {"kind": "ecs_service", "id": "svc2", "relations": {"target_group": ["tg1"]}}"""));

        assertEquals(List.of("svc2", "svc1"), targets(model, "target_group", "tg1", "ecs_service"));
        assertEquals(List.of("tg2", "tg1"), targets(model, "ecs_service", "svc1", "target_group"));
    }

    @Test
    void fieldsMayComeInAnyOrder() {
        Model model = ModelJson.read("model.json", """
                {"entities": [{"attributes": {"cidr": "10.0.0.0/16"}, "id": "vpc-1", "kind": "vpc"}],
                 "invar_model": 1}""");

        assertEquals(Value.of("10.0.0.0/16"), value(model, "vpc", "vpc-1", "cidr"));
    }

    @Test
    void derivedKindsAndFieldsAreNotRead() {
        Schema schema = Schema.builder()
                .kind("app", "an application")
                .kind("replica", "a replica the engine derives", true)
                .attribute("app", new AttributeDef("name", ValueType.STRING, false, "its name"))
                .attribute("app", new AttributeDef("score", ValueType.INT, true, "derived"))
                .relation("app", new RelationDef("peer", "app", true, false, "its peers"))
                .relation("app", new RelationDef("replica", "replica", true, true, "derived"))
                .build();

        Model model = ModelJson.read("model.json", entities("""
                {"kind": "app", "id": "a", "attributes": {"name": "web", "score": "not even an int"},
                 "relations": {"peer": ["a"], "replica": ["r1", 3]}}""", """
                {"kind": "replica", "id": "r1", "attributes": {"whatever": 1}}"""), schema);

        assertEquals(Value.of("web"), value(model, "app", "a", "name"));
        assertNull(value(model, "app", "a", "score"));
        assertEquals(List.of(), targets(model, "app", "a", "replica"));
        assertEquals(List.of("a"), targets(model, "app", "a", "peer"));
        assertEquals(0, model.table("replica").size());
    }

    @Test
    void derivedFactsInAV1FileAreRecomputedNotRead() {
        Model model = ModelJson.read("model.json", entities("""
                {"kind": "az", "id": "a", "attributes": {"healthy_targets": 7}, "relations": {"alb_node": ["made-up"]}}""",
                """
                {"kind": "lb_node", "id": "made-up", "relations": {"az": ["a"]}}"""));

        assertTrue(model.table("lb_node").find("made-up").isEmpty());
        assertEquals(List.of(), targets(model, "az", "a", "alb_node"));
        assertFalse(Value.of(7L).equals(value(model, "az", "a", "healthy_targets")));
    }

    @Test
    void anEmptyModelIsAModel() {
        assertEquals(0, ModelJson.read("model.json", "{\"invar_model\": 1, \"entities\": []}").size());
    }

    @Test
    void readsFromPathsStreamsAndReaders(@TempDir Path dir) throws IOException {
        String json = entities("{\"kind\": \"az\", \"id\": \"zoné-1\"}");
        Path file = dir.resolve("model.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertEquals(List.of("zoné-1"), ModelJson.read(file).table("az").ids());
        assertEquals(List.of("zoné-1"), ModelJson.read("in", new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_16))).table("az").ids());
        assertEquals(List.of("zoné-1"), ModelJson.read("in", new StringReader(json)).table("az").ids());
    }

    @Test
    void aByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        String json = "\uFEFF" + entities("{\"kind\": \"az\", \"id\": \"a\"}");
        Path file = dir.resolve("model.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertEquals(List.of("a"), ModelJson.read(file).table("az").ids());
        assertEquals(List.of("a"), ModelJson.read("in", json).table("az").ids());
        assertEquals(List.of("a"), ModelJson.read("in", new StringReader(json)).table("az").ids());
    }

    @Test
    void errorsInAFileNameItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"invar_model\": 3}");

        ModelFileException e = org.junit.jupiter.api.Assertions.assertThrows(ModelFileException.class,
                () -> ModelJson.read(file));
        assertEquals(file + ":1:17: error: \"invar_model\" must be 1, not 3", e.getMessage());
    }
}
