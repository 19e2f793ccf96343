package org.invar.cloudformation.read;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The entries of one mapping, in the order written, as an immutable map from key to entry.
 *
 * <p>Why not a {@code LinkedHashMap}: a template has one mapping for every few values, nearly all
 * of two to six keys, and a linked hash map costs a table and a 40-byte node per key on top of the
 * entry itself (it made the tree of an 11 MB template weigh 150 MB). Here a mapping is an array of
 * its entries, searched in order; only mappings of more than {@link #INDEXED} keys (a template's
 * {@code Resources}, large {@code Mappings}) also get a hash index, so lookups stay constant-time.
 */
final class MappingEntries extends AbstractMap<String, Node.Entry> {
    /** Above this many keys a mapping gets a hash index; below it a scan of the array is as quick. */
    static final int INDEXED = 8;
    static final MappingEntries EMPTY = new MappingEntries(new Node.Entry[0]);

    private final Node.Entry[] entries;
    private final Map<String, Node.Entry> index;

    /** Takes {@code entries} as they are: the caller hands over the array and has checked keys are unique. */
    MappingEntries(Node.Entry[] entries) {
        this(entries, null);
    }

    /** As above, with the index by key when the caller already has it (or null). */
    MappingEntries(Node.Entry[] entries, Map<String, Node.Entry> byKey) {
        this.entries = entries;
        if (byKey != null || entries.length <= INDEXED) {
            this.index = entries.length > INDEXED ? byKey : null;
        } else {
            Map<String, Node.Entry> built = new HashMap<>(entries.length * 4 / 3 + 1);
            for (Node.Entry e : entries) {
                built.put(e.key(), e);
            }
            this.index = built;
        }
    }

    /** A copy of any map of entries, in its iteration order. */
    static MappingEntries copyOf(Map<String, Node.Entry> map) {
        if (map instanceof MappingEntries m) {
            return m;
        }
        return map.isEmpty() ? EMPTY : new MappingEntries(map.values().toArray(new Node.Entry[0]));
    }

    @Override
    public Node.Entry get(Object key) {
        if (index != null) {
            return index.get(key);
        }
        for (Node.Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
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
        return entries.length;
    }

    @Override
    public Collection<Node.Entry> values() {
        return Collections.unmodifiableList(Arrays.asList(entries));
    }

    @Override
    public Set<String> keySet() {
        return new View<>(Node.Entry::key) {
            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Set<Map.Entry<String, Node.Entry>> entrySet() {
        return new View<>(e -> new AbstractMap.SimpleImmutableEntry<>(e.key(), e));
    }

    /** A read-only set that shows each entry of the array through {@code view}, in order. */
    private class View<T> extends AbstractSet<T> {
        private final Function<Node.Entry, T> view;

        View(Function<Node.Entry, T> view) {
            this.view = view;
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < entries.length;
                }

                @Override
                public T next() {
                    if (next >= entries.length) {
                        throw new NoSuchElementException();
                    }
                    return view.apply(entries[next++]);
                }
            };
        }
    }
}
