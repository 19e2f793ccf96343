package org.invar.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The target ids of one relation of an entity being built: a set in the order the ids were
 * added. Most entities name one or two targets, so the ids sit in an array searched in place; a
 * hash index joins only past {@value #HASHED} ids, so that a VPC with thousands of subnets still
 * adds each in constant time. A model of a million entities holds as many of these while it is
 * built, where a linked hash set each weighed three times as much.
 */
final class TargetIds extends AbstractSet<String> {
    private static final int HASHED = 8;

    private String[] ids = new String[2];
    private int size;
    private Set<String> index;

    @Override
    public boolean add(String id) {
        if (contains(id)) {
            return false;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
        if (index != null) {
            index.add(id);
        } else if (size > HASHED) {
            index = new HashSet<>(Arrays.asList(ids).subList(0, size));
        }
        return true;
    }

    @Override
    public boolean contains(Object id) {
        if (index != null) {
            return index.contains(id);
        }
        for (int i = 0; i < size; i++) {
            if (ids[i].equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Removing is rare (a plan that deletes a resource): a linear shift keeps the order. */
    @Override
    public boolean remove(Object id) {
        for (int i = 0; i < size; i++) {
            if (ids[i].equals(id)) {
                System.arraycopy(ids, i + 1, ids, i, size - i - 1);
                ids[--size] = null;
                if (index != null) {
                    index.remove(id);
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }
}
