package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one call per key, up to a few at once, and gives the answers in the keys' order. A job's
 * calls otherwise run one after another: six slow DescribeTargetHealth calls would take six
 * times as long as one. {@link Calls} turns every SDK failure into an answer, so a task throws
 * only on a bug, which is rethrown.
 */
final class Concurrently {
    private Concurrently() {
    }

    static <K, V> Map<K, V> each(List<K> keys, int limit, Function<K, V> call) {
        Map<K, V> answers = new LinkedHashMap<>();
        if (keys.size() <= 1) {
            keys.forEach(k -> answers.put(k, call.apply(k)));
            return answers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(limit, keys.size()), r -> {
            Thread t = new Thread(r, "invar-aws-call");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<V>> futures = new ArrayList<>();
            for (K k : keys) {
                futures.add(pool.submit(() -> call.apply(k)));
            }
            for (int i = 0; i < keys.size(); i++) {
                answers.put(keys.get(i), futures.get(i).get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
