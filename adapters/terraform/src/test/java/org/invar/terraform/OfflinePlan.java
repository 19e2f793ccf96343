package org.invar.terraform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A plan made at test time by Terraform itself, offline, with {@code src/test/offline-plan/plan.sh}
 * (fake credentials, the provider from a local plugin directory, the reads planning makes answered
 * on 127.0.0.1). Where Terraform, the AWS provider in {@code PLUGIN_DIR} (default
 * {@code /opt/tf-plugins}) or python3 is missing, the test that needs the plan does not run and
 * says which was missing; corpus material is never kept in the repository.
 */
final class OfflinePlan {
    private static final Path SCRIPT = Path.of("src/test/offline-plan/plan.sh");

    private OfflinePlan() {
    }

    /** The plan JSON of a root module directory whose registry modules are installed. */
    static Path of(Path root, String region, Path out) throws IOException, InterruptedException {
        Assumptions.assumeTrue(runs("terraform", "version"),
                "terraform is not on the PATH: no plan was made of " + root + ", so the plan's verdicts were not checked");
        Assumptions.assumeTrue(runs("python3", "--version"),
                "python3 is not on the PATH (it answers the plan's AWS reads): no plan was made of " + root);
        String plugins = System.getenv().getOrDefault("PLUGIN_DIR", "/opt/tf-plugins");
        Assumptions.assumeTrue(Files.isDirectory(Path.of(plugins, "registry.terraform.io/hashicorp/aws")),
                "no AWS provider in the plugin directory " + plugins + " (set PLUGIN_DIR): no plan was made of " + root);
        Path log = Files.createTempFile("offline-plan", ".log");
        Process p = new ProcessBuilder("sh", SCRIPT.toAbsolutePath().toString(), root.toString(), region, out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("terraform did not plan " + root + " within 15 minutes");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("terraform could not plan " + root + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
