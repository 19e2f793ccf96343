package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/** {@code terraform show -json} of a state: child modules, and deposed objects left out. */
class ShownStateTest {
    @Test
    void childModulesAndDeposedObjects() {
        Model model = Inline.load("{'format_version': '1.0', 'terraform_version': '1.9.0', 'values': {'root_module': {"
                + "'child_modules': [{'resources': ["
                + "  {'address': 'module.net.aws_subnet.s[0]', 'mode': 'managed', 'type': 'aws_subnet', 'name': 's',"
                + "   'index': 0, 'values': {'id': 'subnet-new', 'availability_zone': 'ap-south-1a'}},"
                + "  {'address': 'module.net.aws_subnet.s[0]', 'mode': 'managed', 'type': 'aws_subnet', 'name': 's',"
                + "   'index': 0, 'deposed_key': '1a2b3c4d', 'values': {'id': 'subnet-old', 'availability_zone': 'ap-south-1b'}}],"
                + " 'address': 'module.net'}]}}}");
        assertEquals(List.of("module.net.aws_subnet.s[0]"), model.table("subnet").ids());
        assertEquals("subnet-new", Fixtures.attribute(model, "subnet", "module.net.aws_subnet.s[0]", "id")
                .orElseThrow().display());
        assertEquals(List.of("ap-south-1a"), model.table("az").ids());
        assertEquals(List.of("ap-south-1"), model.table("region").ids());
    }
}
