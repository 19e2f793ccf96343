package org.invar.report;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values that decided a verdict ({@link Finding#because()}), by the expression that gave
 * each, in rule order, immutable. A finding shows one to a few; a report of a large estate has
 * thousands of findings, so they are two small arrays rather than a linked hash map, and a
 * finding given one keeps it without a copy.
 */
public final class DecidingValues extends AbstractMap<String, String> {
    private static final DecidingValues EMPTY = new DecidingValues(new String[0], new String[0], 0);

    private final String[] keys;
    private final String[] values;
    private final int size;

    private DecidingValues(String[] keys, String[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /** These values in their order; the map itself when it is one already. */
    public static DecidingValues copyOf(Map<String, String> values) {
        if (values instanceof DecidingValues d) {
            return d;
        }
        if (values.isEmpty()) {
            return EMPTY;
        }
        Builder b = new Builder();
        values.forEach(b::putIfAbsent);
        return b.build();
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Collects values in order; a key seen before keeps its first value. Neither may be null. */
    public static final class Builder {
        private String[] keys = new String[4];
        private String[] values = new String[4];
        private int size;

        public boolean contains(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        public Builder putIfAbsent(String key, String value) {
            if (key == null || value == null) {
                throw new NullPointerException("a deciding value and its expression are never null");
            }
            if (contains(key)) {
                return this;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
            return this;
        }

        public String get(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        public DecidingValues build() {
            return size == 0 ? EMPTY : new DecidingValues(Arrays.copyOf(keys, size), Arrays.copyOf(values, size), size);
        }
    }
}
