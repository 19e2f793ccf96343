package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandTest {

    @Test
    void printsTheModelWithDerivedLoadBalancerNodes() {
        Cli.Result r = Cli.run("model", Fixtures.seedModel().toString());

        assertEquals(0, r.status(), r::toString);
        Map<String, Object> model = Json.object(Json.parse(r.out()));
        assertEquals(1L, model.get("invar_model"));
        List<Object> entities = Json.array(model.get("entities"));
        List<String> nodes = entities.stream().map(Json::object).filter(e -> e.get("kind").equals("lb_node"))
                .map(e -> (String) e.get("id")).sorted().toList();
        assertEquals(List.of("metaflow-alb/us-east-1a", "metaflow-alb/us-east-1b"), nodes);
        Map<String, Object> az = entities.stream().map(Json::object)
                .filter(e -> e.get("kind").equals("az") && e.get("id").equals("us-east-1a")).findFirst().orElseThrow();
        assertEquals(0L, Json.object(az.get("attributes")).get("healthy_targets"));
    }

    @Test
    void readsStandardInput() {
        Cli.Result r = Cli.runWithStdin(Fixtures.text("seed/model.json"), "model", "-");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("\"lb_node\""), r::toString);
    }

    @Test
    void severalInputsGiveOneDocumentEach(@TempDir Path dir) {
        Path two = Fixtures.seedModel(dir, "2");

        Cli.Result r = Cli.run("model", Fixtures.seedModel().toString(), two.toString());

        assertEquals(0, r.status(), r::toString);
        List<Object> documents = Json.parseAll(r.out());
        assertEquals(2, documents.size());
        assertTrue(documents.stream().allMatch(d -> Json.object(d).get("invar_model").equals(1L)));
    }

    @Test
    void aMalformedModelExitsTwoWithItsPosition(@TempDir Path dir) {
        Path bad = Fixtures.write(dir.resolve("bad.json"), "{\"invar_model\": 1,\n \"entities\": [\n  {\"kind\": \"azz\", \"id\": \"a\"}]}\n");

        Cli.Result r = Cli.run("model", bad.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith(bad + ":3:"), r::toString);
        assertTrue(r.err().contains("error:"), r::toString);
        assertTrue(!r.err().contains("\tat "), r::toString);
    }
}
