package org.invar.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.invar.dsl.Diagnostic;
import org.invar.model.ModelException;
import org.invar.schema.AttributeDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;
import org.junit.jupiter.api.Test;

/**
 * Every way a model file can be wrong, with the exact message, its line and column, and (as a
 * check that the position is the right one) the text found there.
 */
class ModelJsonErrorTest {

    private static ModelFileException read(String json) {
        return assertThrows(ModelFileException.class, () -> ModelJson.read("model.json", json));
    }

    /** Asserts the message and code, and that the text at the reported position starts with {@code there}. */
    private static void assertError(String json, String code, String message, String there) {
        ModelFileException e = read(json);
        assertEquals(message, e.getMessage());
        assertEquals(code, e.code());
        String line = json.lines().skip(e.line() - 1).findFirst().orElse("");
        String at = e.column() - 1 <= line.length() ? line.substring(e.column() - 1) : "";
        assertTrue(at.startsWith(there), "at " + e.line() + ":" + e.column() + " expected '" + there + "' but found '"
                + at + "'");
    }

    /** A model file holding these lines as its entities, which start on line 3. */
    private static String file(String... entities) {
        return "{\"invar_model\": 1,\n \"entities\": [\n" + String.join(",\n", entities) + "\n]}\n";
    }

    // The file

    @Test
    void anEmptyFile() {
        assertError("", "structure",
                "model.json:1:1: error: the file is empty, expected {\"invar_model\": 1, \"entities\": [...]}", "");
    }

    @Test
    void notAnObject() {
        assertError("[]", "structure", "model.json:1:1: error: the model is an array, expected an object "
                + "{\"invar_model\": 1, \"entities\": [...]}", "[");
    }

    @Test
    void aWrongVersion() {
        assertError("{\"invar_model\": 2, \"entities\": []}", "version",
                "model.json:1:17: error: \"invar_model\" must be 1, not 2", "2");
        assertError("{\"invar_model\": \"1\", \"entities\": []}", "version",
                "model.json:1:17: error: \"invar_model\" must be 1, not \"1\"", "\"1\"");
        assertError("{\"invar_model\": 1.0, \"entities\": []}", "version",
                "model.json:1:17: error: \"invar_model\" must be 1, not 1.0", "1.0");
    }

    @Test
    void noVersion() {
        assertError("\n  {\"entities\": []}", "version", "model.json:2:3: error: not a model file: no \"invar_model\", "
                + "expected {\"invar_model\": 1, \"entities\": [...]}", "{\"entities\"");
    }

    @Test
    void noEntities() {
        assertError("{\"invar_model\": 1}", "missing-field",
                "model.json:1:1: error: no \"entities\", expected {\"invar_model\": 1, \"entities\": [...]}", "{");
    }

    @Test
    void entitiesNotAnArray() {
        assertError("{\"invar_model\": 1,\n \"entities\": {}}", "structure",
                "model.json:2:14: error: \"entities\" is an object, expected an array of entities", "{}");
    }

    @Test
    void anUnknownTopLevelField() {
        assertError("{\"invar_model\": 1,\n \"entites\": []}", "unknown-field",
                "model.json:2:2: error: unknown field 'entites' (did you mean entities?)", "\"entites\"");
        assertError("{\"invar_model\": 1, \"entities\": [],\n \"schema\": 2}", "unknown-field",
                "model.json:2:2: error: unknown field 'schema', expected \"invar_model\" and \"entities\"", "\"schema\"");
    }

    @Test
    void moreAfterTheModel() {
        assertError("{\"invar_model\": 1, \"entities\": []}\n{}", "structure",
                "model.json:2:1: error: more JSON after the model object, expected the end of the file", "{}");
    }

    // Malformed JSON: the position and Jackson's own reason, without its source description

    @Test
    void aMissingComma() {
        assertError(file("{\"kind\": \"az\" \"id\": \"a\"}"), "json", "model.json:3:15: error: Unexpected character "
                + "('\"' (code 34)): was expecting comma to separate Object entries", "\"id\"");
    }

    @Test
    void aBadToken() {
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"attributes\": {\"map_public_ip_on_launch\": tru}}"),
                "json", "model.json:3:76: error: Unrecognized token 'tru': was expecting (JSON String, Number "
                        + "(or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', 'true' or 'false')", "}}");
    }

    @Test
    void anUnfinishedFile() {
        ModelFileException e = read("{\"invar_model\": 1,\n \"entities\": [");
        assertEquals("model.json:2:15: error: Unexpected end-of-input: expected close marker for Array "
                + "(start marker at 2:14)", e.getMessage());
        assertEquals("json", e.code());
    }

    @Test
    void aFieldGivenTwice() {
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": \"a\", \"cidr\": \"b\"}}"),
                "json", "model.json:3:62: error: Duplicate field 'cidr'", ": \"b\"");
    }

    // Entities

    @Test
    void anEntityThatIsNotAnObject() {
        assertError(file("\"az\""), "structure", "model.json:3:1: error: an entity is \"az\", "
                + "expected an object {\"kind\": \"KIND\", \"id\": \"ID\", ...}", "\"az\"");
    }

    @Test
    void anEntityWithoutKind() {
        assertError(file("  {\"id\": \"a\"}"), "missing-field",
                "model.json:3:3: error: an entity has no \"kind\", expected \"kind\": \"KIND\"", "{\"id\"");
    }

    @Test
    void aKindThatIsNotAString() {
        assertError(file("{\"kind\": 3, \"id\": \"a\"}"), "type",
                "model.json:3:10: error: \"kind\" is 3, expected the name of a kind, such as \"subnet\"", "3");
    }

    @Test
    void anUnknownKind() {
        assertError(file("{\"kind\": \"subnt\", \"id\": \"a\"}"), "unknown-kind",
                "model.json:3:10: error: unknown kind 'subnt' (did you mean subnet?)", "\"subnt\"");
        assertError(file("{\"kind\": \"lambda_function\", \"id\": \"a\"}"), "unknown-kind",
                "model.json:3:10: error: unknown kind 'lambda_function', expected a kind of the schema "
                        + "(`invar schema` lists them)", "\"lambda_function\"");
    }

    @Test
    void anEntityWithoutId() {
        assertError(file("{\"kind\": \"az\", \"attributes\": {}}"), "missing-field",
                "model.json:3:1: error: an az entity has no \"id\", expected \"id\": \"ID\"", "{\"kind\"");
    }

    @Test
    void anIdThatIsEmptyOrNotAString() {
        assertError(file("{\"kind\": \"az\", \"id\": \"\"}"), "type",
                "model.json:3:22: error: az entity: \"id\" is \"\", expected a non-empty string", "\"\"");
        assertError(file("{\"kind\": \"subnet\", \"id\": 7}"), "type",
                "model.json:3:26: error: subnet entity: \"id\" is 7, expected a non-empty string", "7");
    }

    @Test
    void theSameEntityTwice() {
        assertError(file("{\"kind\": \"az\", \"id\": \"a\"}", "{\"kind\": \"subnet\", \"id\": \"a\"}",
                "{\"kind\": \"az\", \"id\": \"a\"}"), "duplicate-entity",
                "model.json:5:22: error: az a is given twice (first at line 3), expected each kind and id once", "\"a\"");
    }

    @Test
    void anUnknownEntityField() {
        assertError(file("{\"kind\": \"az\", \"id\": \"a\",\n \"atributes\": {}}"), "unknown-field",
                "model.json:4:2: error: az a: unknown field 'atributes' (did you mean attributes?)", "\"atributes\"");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\",\n \"tags\": {}}"), "unknown-field",
                "model.json:4:2: error: az a: unknown field 'tags', expected kind, id, exists, attributes, relations, "
                        + "origin or suppress", "\"tags\"");
    }

    // Attributes

    @Test
    void attributesThatAreNotAnObject() {
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"attributes\": [\"name\"]}"), "type",
                "model.json:3:41: error: az a: \"attributes\" is an array, expected an object of attribute values",
                "[\"name\"]");
    }

    @Test
    void anUnknownAttribute() {
        assertError(file("{\"kind\": \"subnet\",\n \"id\": \"subnet-a\", \"attributes\": {\"cdir\": \"10.0.0.0/24\"}}"),
                "unknown-attribute",
                "model.json:4:35: error: subnet subnet-a: unknown attribute 'cdir' (did you mean cidr?)", "\"cdir\"");
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"owner\": \"me\"}}"), "unknown-attribute",
                "model.json:3:43: error: vpc v: unknown attribute 'owner', expected one of id, cidr", "\"owner\"");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"attributes\": {\"az\": \"a\"}}"), "unknown-attribute",
                "model.json:3:46: error: subnet s: az is a relation, expected it under \"relations\"", "\"az\"");
    }

    @Test
    void aValueOfTheWrongType() {
        assertError(file("{\"kind\": \"listener\", \"id\": \"l\", \"attributes\": {\"port\": \"443\"}}"), "type",
                "model.json:3:56: error: listener l: port is \"443\", expected an int or {\"unknown\": \"REASON\"}",
                "\"443\"");
        assertError(file("{\"kind\": \"listener\", \"id\": \"l\", \"attributes\": {\"port\": 443.5}}"), "type",
                "model.json:3:56: error: listener l: port is 443.5, expected an int or {\"unknown\": \"REASON\"}",
                "443.5");
        assertError(file("{\"kind\": \"listener\", \"id\": \"l\", \"attributes\": {\"port\": 9223372036854775808}}"),
                "type", "model.json:3:56: error: listener l: port is 9223372036854775808, expected an int that fits "
                        + "in 64 bits or {\"unknown\": \"REASON\"}", "9223372036854775808");
        assertError(file("{\"kind\": \"bucket\", \"id\": \"b\", \"attributes\": {\"versioning\": \"true\"}}"), "type",
                "model.json:3:60: error: bucket b: versioning is \"true\", expected true or false or "
                        + "{\"unknown\": \"REASON\"}", "\"true\"");
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": [\"10.0.0.0/16\"]}}"), "type",
                "model.json:3:51: error: vpc v: cidr is an array, expected a string or {\"unknown\": \"REASON\"}", "[");
    }

    @Test
    void aNullValue() {
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": null}}"), "type",
                "model.json:3:51: error: vpc v: cidr is null, expected a string or {\"unknown\": \"REASON\"} "
                        + "(leave an attribute out when it has no value)", "null");
    }

    @Test
    void decimalsAndListsOfTheWrongType() {
        Schema schema = ModelJsonReadTest.WITH_DECIMAL_AND_LIST;
        ModelFileException decimal = assertThrows(ModelFileException.class, () -> ModelJson.read("model.json",
                file("{\"kind\": \"bucket\", \"id\": \"b\", \"attributes\": {\"size_gb\": \"2.5\"}}"), schema));
        assertEquals("model.json:3:57: error: bucket b: size_gb is \"2.5\", expected a number or "
                + "{\"unknown\": \"REASON\"}", decimal.getMessage());
        ModelFileException list = assertThrows(ModelFileException.class, () -> ModelJson.read("model.json",
                file("{\"kind\": \"bucket\", \"id\": \"b\", \"attributes\": {\"tags\": [\"a\", [1, null]]}}"), schema));
        assertEquals("model.json:3:64: error: bucket b: tags[1][1] is null, expected an int, a number, a string, true, "
                + "false, an array or {\"unknown\": \"REASON\"}", list.getMessage());
    }

    @Test
    void aMalformedUnknown() {
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": {\"reason\": \"x\"}}}"),
                "unknown-field", "model.json:3:52: error: vpc v: cidr: unknown field 'reason' in an unknown value, "
                        + "expected {\"unknown\": \"REASON\"}", "\"reason\"");
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": {\"unknwn\": \"x\"}}}"),
                "unknown-field", "model.json:3:52: error: vpc v: cidr: unknown field 'unknwn' in an unknown value "
                        + "(did you mean unknown?)", "\"unknwn\"");
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": {}}}"), "type",
                "model.json:3:51: error: vpc v: cidr is an object without \"unknown\", expected a string or "
                        + "{\"unknown\": \"REASON\"}", "{}");
        assertError(file("{\"kind\": \"vpc\", \"id\": \"v\", \"attributes\": {\"cidr\": {\"unknown\": true}}}"), "type",
                "model.json:3:63: error: vpc v: cidr: \"unknown\" is true, expected the reason as a string", "true");
    }

    // Relations

    @Test
    void relationsThatAreNotAnObject() {
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": [\"a\"]}"), "type",
                "model.json:3:44: error: subnet s: \"relations\" is an array, expected an object of relations to "
                        + "lists of ids", "[\"a\"]");
    }

    @Test
    void anUnknownRelation() {
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"vcp\": [\"v\"]}}"), "unknown-relation",
                "model.json:3:45: error: subnet s: unknown relation 'vcp' (did you mean vpc?)", "\"vcp\"");
        assertError(file("{\"kind\": \"bucket\", \"id\": \"b\", \"relations\": {\"owner\": [\"v\"]}}"),
                "unknown-relation", "model.json:3:45: error: bucket b: unknown relation 'owner', expected no "
                        + "relations: bucket has none", "\"owner\"");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"cidr\": [\"v\"]}}"), "unknown-relation",
                "model.json:3:45: error: subnet s: cidr is an attribute, expected it under \"attributes\"", "\"cidr\"");
    }

    @Test
    void aRelationThatIsNotAList() {
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"az\": \"a\"}}"), "type",
                "model.json:3:51: error: subnet s: az is \"a\", expected an array: [\"a\"]", "\"a\"");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"az\": 1}}"), "type",
                "model.json:3:51: error: subnet s: az is 1, expected an array of az ids or {\"unknown\": \"REASON\"}",
                "1");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"az\": [\"a\", 2]}}"), "type",
                "model.json:3:57: error: subnet s: az lists 2, expected an az id (a non-empty string)", "2");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"az\": [\"\"]}}"), "type",
                "model.json:3:52: error: subnet s: az lists \"\", expected an az id (a non-empty string)", "\"\"");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\", \"relations\": {\"az\": {\"unknown\": \"x\", \"known\": 3}}}"),
                "type", "model.json:3:77: error: subnet s: az known is 3, expected an array of az ids", "3");
    }

    @Test
    void aRelationToAnIdNotInTheFile() {
        assertError(file("{\"kind\": \"az\", \"id\": \"us-east-1a\"}",
                "{\"kind\": \"subnet\", \"id\": \"subnet-a\",\n \"relations\": {\"az\": [\"us-east-1a\", \"us-east-1x\"]}}"),
                "dangling-relation", "model.json:5:37: error: subnet subnet-a: az names az 'us-east-1x', which is "
                        + "not in the file (did you mean us-east-1a?)", "\"us-east-1x\"");
        assertError(file("{\"kind\": \"ingress\", \"id\": \"i\", \"relations\": {\"peer\": [\"sg-1\"]}}"),
                "dangling-relation", "model.json:3:55: error: ingress i: peer names security_group 'sg-1', which is "
                        + "not in the file, expected the id of a security_group entity", "\"sg-1\"");
        assertError(file("{\"kind\": \"subnet\", \"id\": \"s\",\n \"relations\": {\"az\": {\"unknown\": \"x\", \"known\": [\"b\"]}}}"),
                "dangling-relation", "model.json:4:49: error: subnet s: az names az 'b', which is not in the file, "
                        + "expected the id of an az entity", "\"b\"");
    }

    @Test
    void aRelationToAKindOfTheSameIdIsStillDangling() {
        assertError(file("{\"kind\": \"subnet\", \"id\": \"a\", \"relations\": {\"az\": [\"a\"]}}"), "dangling-relation",
                "model.json:3:52: error: subnet a: az names az 'a', which is not in the file, expected the id of an az "
                        + "entity", "\"a\"");
    }

    // Origin and existence

    @Test
    void aMalformedOrigin() {
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"origin\": \"network.yml:3\"}"), "type",
                "model.json:3:37: error: az a: \"origin\" is \"network.yml:3\", expected an object {\"file\": ..., "
                        + "\"line\": ..., \"column\": ..., \"resource\": ...}", "\"network.yml:3\"");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"origin\": {\"lines\": 3}}"), "unknown-field",
                "model.json:3:38: error: az a: unknown field 'lines' in origin (did you mean line?)", "\"lines\"");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"origin\": {\"arn\": 3}}"), "unknown-field",
                "model.json:3:38: error: az a: unknown field 'arn' in origin, expected file, line, column or resource",
                "\"arn\"");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"origin\": {\"line\": \"3\"}}"), "type",
                "model.json:3:46: error: az a: origin line is \"3\", expected a line number", "\"3\"");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"origin\": {\"column\": -1}}"), "type",
                "model.json:3:48: error: az a: origin column is -1, expected a column number", "-1");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"origin\": {\"file\": 12}}"), "type",
                "model.json:3:46: error: az a: origin file is 12, expected a string", "12");
    }

    @Test
    void aMalformedExistence() {
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"exists\": true}"), "type",
                "model.json:3:37: error: az a: \"exists\" is true, expected {\"unknown\": \"REASON\"} (leave \"exists\" "
                        + "out when the entity exists)", "true");
        assertError(file("{\"kind\": \"az\", \"id\": \"a\", \"exists\": {\"unknown\": \"c\", \"known\": []}}"),
                "unknown-field", "model.json:3:54: error: az a: \"exists\": unknown field 'known' in an unknown value, "
                        + "expected {\"unknown\": \"REASON\"}", "\"known\"");
    }

    // What only building the model finds

    @Test
    void whatTheBuilderFindsNamesTheFile() {
        Schema schema = Schema.builder()
                .kind("app", "an application")
                .kind("replica", "derived", true)
                .attribute("replica", new AttributeDef("n", ValueType.INT, false, "n"))
                .relation("app", new RelationDef("replica", "replica", true, false, "its replicas"))
                .build();
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelJson.read("model.json",
                file("{\"kind\": \"app\", \"id\": \"a\", \"relations\": {\"replica\": [\"r\"]}}"), schema));
        assertEquals("model.json: error: app a: replica names replica 'r', which is not in the model", e.getMessage());
        assertEquals(0, e.line());
        assertEquals("model", e.code());
    }

    // The exception itself

    @Test
    void theExceptionIsAModelExceptionAndADiagnostic() {
        ModelFileException e = read(file("{\"kind\": \"subnt\", \"id\": \"a\"}"));
        assertTrue(e instanceof ModelException);
        assertEquals("unknown kind 'subnt' (did you mean subnet?)", e.reason());
        assertEquals(new Diagnostic(Diagnostic.Level.ERROR, "unknown-kind", "model.json", 3, 10,
                "unknown kind 'subnt' (did you mean subnet?)", ""), e.diagnostic());
        assertEquals(e.getMessage(), e.diagnostic().headline());
    }
}
