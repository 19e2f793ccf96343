package org.invar.terraform.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of a JSON object as read: immutable, in order, in two arrays. A plan holds tens of
 * thousands of small objects (a resource's values, each nested block), and a
 * {@link java.util.LinkedHashMap} per object would be several times the size of what it holds;
 * lookups scan, which for the few members of such objects is as fast as hashing.
 */
final class Members extends AbstractMap<String, Json> {
    private final String[] names;
    private final Json[] values;

    private Members(String[] names, Json[] values) {
        this.names = names;
        this.values = values;
    }

    /** The members of {@code m} in its order (the first of equal names: JSON objects have none). */
    static Map<String, Json> of(Map<String, Json> m) {
        if (m.isEmpty()) {
            return Map.of();
        }
        String[] names = new String[m.size()];
        Json[] values = new Json[m.size()];
        int i = 0;
        for (Map.Entry<String, Json> e : m.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new Members(names, values);
    }

    @Override
    public Json get(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Entry<String, Json>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Json>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Json> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    @Override
    public String toString() {
        return "Members" + Arrays.toString(names);
    }
}
