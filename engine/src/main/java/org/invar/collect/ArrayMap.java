package org.invar.collect;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map with string keys in the order they were given, in two arrays searched in
 * order. For the many small maps of a large input or report (a plan's JSON objects, a finding's
 * deciding values) a linked hash map would weigh several times what it holds, and a scan of a
 * few keys is as fast as hashing. Its holders keep it without a defensive copy: it cannot change.
 *
 * @param <V> the values; neither keys nor values are null
 */
public final class ArrayMap<V> extends AbstractMap<String, V> {
    private static final ArrayMap<Object> EMPTY = new ArrayMap<>(new String[0], new Object[0], 0);

    private final String[] keys;
    private final Object[] values;
    private final int size;

    private ArrayMap(String[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <V> ArrayMap<V> of() {
        return (ArrayMap<V>) EMPTY;
    }

    /** The entries of {@code map} in its order; the map itself when it is an ArrayMap already. */
    @SuppressWarnings("unchecked")
    public static <V> ArrayMap<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof ArrayMap<?> a) {
            return (ArrayMap<V>) a;
        }
        if (map.isEmpty()) {
            return of();
        }
        // A map's keys are distinct already: laid out as they come, in one pass.
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            keys[i] = Objects.requireNonNull(e.getKey(), "an ArrayMap holds no null key");
            values[i++] = Objects.requireNonNull(e.getValue(), "an ArrayMap holds no null value");
        }
        return new ArrayMap<>(keys, values, i);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(keys, size, key);
        return i < 0 ? null : (V) values[i];
    }

    /** Where {@code key} is among the first {@code size} keys, or -1: few keys, so a scan. */
    private static int indexOf(String[] keys, int size, Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
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
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Collects entries in order; a key seen before keeps its first value. Neither may be null. */
    public static final class Builder<V> {
        private String[] keys = new String[4];
        private Object[] values = new Object[4];
        private int size;

        public boolean contains(String key) {
            return indexOf(keys, size, key) >= 0;
        }

        public Builder<V> putIfAbsent(String key, V value) {
            if (key == null || value == null) {
                throw new NullPointerException("an ArrayMap holds no null key or value");
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

        @SuppressWarnings("unchecked")
        public V get(String key) {
            int i = indexOf(keys, size, key);
            return i < 0 ? null : (V) values[i];
        }

        public ArrayMap<V> build() {
            return size == 0 ? of() : new ArrayMap<>(Arrays.copyOf(keys, size), Arrays.copyOf(values, size), size);
        }
    }
}
