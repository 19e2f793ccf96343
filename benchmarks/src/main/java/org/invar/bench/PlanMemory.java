package org.invar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.invar.model.Model;
import org.invar.terraform.Terraform;

/**
 * How much memory loading a large plan needs, against the model it makes and the file it reads:
 * the heap the model keeps (heap in use after a full collection with the model held, less before),
 * and the smallest {@code -Xmx} with which a fresh JVM loads the plan (searched by running one,
 * in steps of 8 MB). A reader that held the file or a tree of it would need a multiple of the
 * file; a streaming one needs a small multiple of the model. Run from the project root:
 * {@code java -cp benchmarks/target/benchmarks.jar org.invar.bench.PlanMemory 1200}.
 */
public final class PlanMemory {
    private PlanMemory() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--load")) {
            Terraform.loadPlan(Path.of(args[1]));
            return;
        }
        int stacks = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        Path plan = Files.createTempFile("invar-large-plan", ".json");
        try {
            long size = LargePlan.write(LargePlan.CATALOG, stacks, plan);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = ModelMemory.settledHeap(memory);
            Model model = Terraform.loadPlan(plan);
            long kept = ModelMemory.settledHeap(memory) - before;
            int smallest = smallestHeap(plan);
            System.out.printf("plan: %.1f MB, %d entities%nheap kept by the model: %.1f MB%n"
                    + "smallest -Xmx that loads it: %d MB%nsmallest heap / model: %.1fx%nsmallest heap / file: %.2fx%n",
                    size / 1e6, model.size(), kept / 1e6, smallest, smallest * 1_048_576.0 / kept,
                    smallest * 1_048_576.0 / size);
        } finally {
            Files.deleteIfExists(plan);
        }
    }

    /** Bisects the heap size, in MB, between one that fails and one that loads. */
    private static int smallestHeap(Path plan) throws IOException, InterruptedException {
        int low = 8;
        int high = 64;
        while (!loads(plan, high)) {
            low = high;
            high *= 2;
            if (high > 16_384) {
                throw new IllegalStateException("the plan does not load in 16 GB");
            }
        }
        while (high - low > 8) {
            int mid = (low + high) / 2;
            if (loads(plan, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean loads(Path plan, int megabytes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + megabytes + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                PlanMemory.class.getName(), "--load", plan.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
