package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.junit.jupiter.api.Test;

/**
 * {@code !ImportValue} of a name another template exports: with both templates in one model, the
 * import is the exported resource itself, in either order; alone, it is a stand-in whose facts
 * are unknown; an export named after its stack, whose name is not given, is the import that fits
 * it and no other export.
 */
class ExportsTest {
    private static final Path NETWORK = Path.of("src/test/resources/exports/network.yml");
    private static final Path APP = Path.of("src/test/resources/exports/app.yml");

    private static Model merged(Path... templates) {
        ModelBuilder merged = Model.builder();
        for (Path t : templates) {
            ModelBuilder own = Model.builder();
            CloudFormation.fill(t, own, LoadOptions.DEFAULT);
            merged.merge(own);
        }
        return merged.build();
    }

    private static List<String> lbSubnets(Model model) {
        var lbs = model.table("load_balancer");
        int lb = lbs.find("Lb").orElseThrow();
        var subnet = lbs.relation("subnet");
        var subnets = model.table("subnet");
        List<String> ids = new java.util.ArrayList<>();
        for (int s = subnet.start(lb); s < subnet.end(lb); s++) {
            ids.add(subnets.id(subnet.target(s)));
        }
        return ids;
    }

    @Test
    void anImportOfAKnownExportIsTheExportedResource() {
        for (Model model : List.of(merged(NETWORK, APP), merged(APP, NETWORK))) {
            assertTrue(model.table("subnet").find("import:net-PublicSubnet2").isEmpty(), "the stand-in is gone");
            // The linked subnet keeps what the network template says of it: its zone.
            var subnets = model.table("subnet");
            int s2 = subnets.find("PublicSubnet2").orElseThrow();
            var az = subnets.relation("az");
            assertEquals("az-2", model.table("az").id(az.target(az.start(s2))));
        }
    }

    @Test
    void anExportNamedAfterTheStackIsTheImportItAloneFits() {
        for (Model model : List.of(merged(NETWORK, APP), merged(APP, NETWORK))) {
            assertEquals(List.of("PublicSubnet1", "PublicSubnet2"), lbSubnets(model));
            assertEquals(List.of(NETWORK + ": AWS::StackName taken to be 'net', under which it gives "
                    + "import:net-PublicSubnet1 (each fits no other name given)"), model.notes());
        }
    }

    @Test
    void oneExportNameGivenTwiceIsALocatedError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path t = dir.resolve("dup.yml");
        java.nio.file.Files.writeString(t, String.join("\n",
                "Resources:",
                "  A: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: 10.0.1.0/24}}",
                "  B: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: 10.0.2.0/24}}",
                "Outputs:",
                "  One: {Value: !Ref A, Export: {Name: shared}}",
                "  Two: {Value: !Ref B, Export: {Name: shared}}",
                ""));
        org.invar.spi.ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.invar.spi.ModelLoadException.class, () -> CloudFormation.load(t));
        assertEquals(t + ":6:3: error: export name 'shared' is given by output One at " + t
                + ":5:3 already; export names are unique in a region: rename one", e.getMessage());
    }

    @Test
    void aloneTheAppsImportsAreStandIns() {
        Model model = CloudFormation.load(APP);
        assertEquals(List.of("import:net-PublicSubnet1", "import:net-PublicSubnet2"), lbSubnets(model));
    }
}
