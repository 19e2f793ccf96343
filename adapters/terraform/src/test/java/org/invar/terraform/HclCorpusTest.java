package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every directory of the corpus's Terraform module repositories ({@code terraform-hcl/}) that
 * holds {@code .tf} files, module roots, {@code modules/*} and every {@code examples/*} alike,
 * loads as a configuration, given no variables: what is not known is unknown, and no directory
 * that Terraform accepts ({@code terraform validate}) is refused. The corpus is found through
 * {@code invar.corpus} or {@code INVAR_CORPUS}; without it the test is skipped and says why.
 */
class HclCorpusTest {
    /**
     * Directories whose plan Terraform refuses too, given the variables' defaults, each with why;
     * invar must refuse them, saying where. {@code terraform validate} accepts them, as it
     * evaluates no values; {@code terraform plan} of the same expressions with the same values
     * fails with the same error (checked with terraform_data stand-ins, as AWS cannot be reached).
     */
    private static final String EMPTY_SUBNETS = "subnet_ids defaults to [] and element([], 0) fails: a caller gives"
            + " the subnets";
    private static final String NO_ROUTE_TABLES = "example issue 46 has no private subnets and no database route"
            + " table, so coalescelist() of two empty lists fails";
    private static final Map<String, String> REFUSED_BY_TERRAFORM = Map.of(
            "terraform-aws-ecs/modules/service", EMPTY_SUBNETS,
            "terraform-aws-ecs-v5.12.1/modules/service", "name defaults to null, so the autoscaling target's"
                    + " resource_id puts null into a string template",
            "terraform-aws-vpc/examples/issues", NO_ROUTE_TABLES,
            "terraform-aws-vpc-v5.21.0/examples/issues", NO_ROUTE_TABLES);

    private static Path corpus() {
        Path path = Corpus.dir().resolve("terraform-hcl");
        Assumptions.assumeTrue(Files.isDirectory(path), "the corpus has no terraform-hcl directory at " + path);
        return path;
    }

    /** The directories under root that hold .tf files, sorted. */
    static List<Path> moduleDirectories(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".tf") && Files.isRegularFile(p))
                    .map(Path::getParent).distinct().sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyModuleDirectoryLoads() throws IOException {
        Path root = corpus();
        List<Path> dirs = moduleDirectories(root);
        assertTrue(dirs.size() >= 80, "expected the corpus's 85 module directories, found " + dirs.size());
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(root.relativize(dir).toString(), () -> {
            String name = root.relativize(dir).toString();
            String refused = REFUSED_BY_TERRAFORM.get(name);
            try {
                Model model = Terraform.loadDirectory(dir, LoadOptions.DEFAULT);
                if (refused != null) {
                    fail(name + " loads, but Terraform refuses it (" + refused + "): remove it from the list");
                }
                assertTrue(model.size() >= 0);
            } catch (ModelLoadException e) {
                if (refused == null) {
                    fail(name + " is refused although Terraform accepts it: " + e.getMessage());
                }
                assertTrue(e.getMessage().matches("(?s)^[^\\s]+:\\d+:\\d+: error: .*"), e.getMessage());
            }
        }));
    }
}
