package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.List;

/** Splits a list of names into the batches a Describe call takes (ECS: 10 services, 100 tasks). */
final class Batches {
    private Batches() {
    }

    static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }
}
