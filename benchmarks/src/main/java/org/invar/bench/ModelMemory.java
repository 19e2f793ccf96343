package org.invar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.invar.model.Model;

/**
 * Measures the heap a built model keeps, per entity: heap in use after a full collection with
 * the model held, less the heap in use before it was built. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.invar.bench.ModelMemory 1000000}.
 */
public final class ModelMemory {
    private ModelMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        Model model = SyntheticEstate.ofSize(size);
        long after = settledHeap(memory);
        System.out.printf("entities: %d%nheap kept by the model: %.1f MB%nbytes per entity: %.1f%n", model.size(),
                (after - before) / 1e6, (after - before) / (double) model.size());
        if (model.size() == 0) {
            throw new IllegalStateException("empty model");
        }
    }

    /** Heap in use after full collections, the least of five. */
    static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
