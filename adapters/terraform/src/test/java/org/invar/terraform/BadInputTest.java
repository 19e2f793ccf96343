package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;

/** Bad input is a {@link ModelLoadException} naming file:line:col and what is wrong, never another exception. */
class BadInputTest {
    private static ModelLoadException fails(String json) {
        return assertThrows(ModelLoadException.class, () -> Inline.loadExact(json));
    }

    private static void assertMessage(ModelLoadException e, String where, String what) {
        assertTrue(e.getMessage().startsWith(Inline.NAME + ":" + where + ": error: "), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void truncatedPlan() throws IOException {
        byte[] plan = Files.readAllBytes(Fixtures.path("seed/plan-1.json"));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Inline.loadBytes(Arrays.copyOf(plan, plan.length / 2)));
        assertMessage(e, "1:" + (plan.length / 2 + 1), "truncated");
    }

    @Test
    void truncatedStateOnALaterLine() throws IOException {
        String state = Files.readString(Fixtures.path("seed/state-1.tfstate"));
        String cut = state.substring(0, state.indexOf("\"aws_lb\""));
        ModelLoadException e = fails(cut);
        int lines = (int) cut.chars().filter(c -> c == '\n').count() + 1;
        assertTrue(e.getMessage().startsWith(Inline.NAME + ":" + lines + ":"), e.getMessage());
    }

    @Test
    void syntaxErrorPointsAtIt() {
        ModelLoadException e = fails(Inline.json("{'format_version': '1.2',\n 'planned_values': {root_module: 1}}"));
        assertMessage(e, "2:21", "not valid JSON");
    }

    @Test
    void notTerraform() {
        assertMessage(fails(Inline.json("{'name': 'x', 'items': [1, 2]}")), "1:1",
                "not a Terraform plan or state: expected \"format_version\"");
        assertMessage(fails(Inline.json("{'invar_model': 1, 'entities': []}")), "1:1", "invar model file");
        assertMessage(fails(Inline.json("{'AWSTemplateFormatVersion': '2010-09-09', 'Resources': {}}")), "1:1",
                "CloudFormation template");
        assertMessage(fails("[1, 2]"), "1:1", "expected a JSON object");
        assertMessage(fails(""), "1:1", "the file is empty");
    }

    @Test
    void unknownFormatVersion() {
        ModelLoadException e = fails(Inline.json("{\n  'format_version': '2.0', 'planned_values': {}}"));
        assertMessage(e, "2:21", "unsupported format_version \"2.0\"");
    }

    @Test
    void stateVersionOtherThanFour() {
        ModelLoadException e = fails(Inline.json("{'version': 3, 'terraform_version': '0.11.14', 'modules': []}"));
        assertMessage(e, "1:13", "unsupported state version 3");
    }

    @Test
    void sectionOfTheWrongShape() {
        assertMessage(fails(Inline.json("{'format_version': '1.2', 'planned_values': 5}")), "1:45",
                "planned_values should be an object, not the number 5");
        assertMessage(fails(Inline.json("{'version': 4, 'terraform_version': '1.5.0', 'resources': {}}")), "1:59",
                "resources should be a list");
        assertMessage(fails(Inline.json("{'version': 4, 'resources': [{'mode': 'managed', 'instances': []}]}")),
                "1:30", "a resource without \"type\" and \"name\"");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "{\"format_version\": \"1.2\", \"variables\": {\"x\": {\"value\": " + "[".repeat(100_000);
        ModelLoadException e = fails(deep);
        assertTrue(e.getMessage().startsWith(Inline.NAME + ":1:"), e.getMessage());
    }

    @Test
    void referenceCycleThroughModules() {
        String plan = Inline.plan(
                "{'address': 'aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x', 'values': {}}",
                "{'address': 'aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                        + " 'change': {'actions': ['create'], 'after': {}, 'after_unknown': {'subnets': true}}}",
                "{'resources': [{'address': 'aws_lb.x', 'mode': 'managed', 'type': 'aws_lb', 'name': 'x',"
                        + "   'expressions': {'subnets': {'references': ['module.a.x']}}}],"
                        + " 'module_calls': {'a': {'source': './a', 'module': {"
                        + "   'outputs': {'x': {'expression': {'references': ['module.b.y']}}},"
                        + "   'module_calls': {'b': {'source': './b',"
                        + "     'expressions': {'v': {'references': ['module.b.y', 'module.b']}},"
                        + "     'module': {\n'outputs': {'y': {'expression': {'references': ['var.v']}}}}}}}}}}")
                .replace("'root_module': {'resources': [", "'root_module': {'child_modules': [{'address': 'module.a',"
                        + " 'child_modules': [{'address': 'module.a.module.b'}]}], 'resources': [");
        ModelLoadException e = fails(Inline.json(plan));
        assertTrue(e.getMessage().contains("reference cycle in the configuration: "), e.getMessage());
        assertTrue(e.getMessage().contains("module.a.module.b.output.y -> module.a.module.b.var.v"), e.getMessage());
        assertTrue(e.getMessage().matches("test\\.json:\\d+:\\d+: error: .*"), e.getMessage());
    }

    @Test
    void aPlanIsNotAState() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Terraform.loadState(Fixtures.path("seed/plan-1.json")));
        assertTrue(e.getMessage().contains("is a Terraform plan, not a state; load it with Terraform.loadPlan"),
                e.getMessage());
        ModelLoadException e2 = assertThrows(ModelLoadException.class,
                () -> Terraform.loadPlan(Fixtures.path("seed/state-1.tfstate")));
        assertTrue(e2.getMessage().contains("not a plan"), e2.getMessage());
    }

    @Test
    void emptyShownStateIsAnEmptyModel() {
        assertEquals(0, Inline.loadExact("{\"format_version\":\"1.0\"}").size());
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bytes = "{\"format_version\": \"1.2\", \"x\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Inline.loadBytes(bytes));
        assertTrue(e.getMessage().startsWith(Inline.NAME + ":1:"), e.getMessage());
    }
}
