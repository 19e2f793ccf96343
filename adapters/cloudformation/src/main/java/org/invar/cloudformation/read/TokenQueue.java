package org.invar.cloudformation.read;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list on a circular array: taking the first element, adding at the end, and inserting near
 * either end cost a constant, where an {@link java.util.ArrayList} shifts everything after the
 * first element each time it is taken.
 *
 * <p>Why: snakeyaml-engine's scanner keeps the tokens it has scanned but not handed over in an
 * ArrayList, takes them with {@code remove(0)}, and inserts a mapping's KEY token where the key
 * began. It holds tokens back while they might still turn out to be a key: for a flow collection
 * that is up to 1,024 characters of one line, so a long line of {@code [1,1,1,...]} moved about a
 * thousand references for every token it handed over. {@link ScannerTokens} swaps this in.
 */
final class TokenQueue<E> extends AbstractList<E> implements RandomAccess {
    private Object[] elements = new Object[64];
    private int head;
    private int size;

    TokenQueue() {
    }

    /** A queue holding {@code first}, in order. */
    TokenQueue(java.util.Collection<? extends E> first) {
        addAll(first);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        checkIndex(index, size);
        return (E) elements[slot(index)];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        checkIndex(index, size);
        int at = slot(index);
        E old = (E) elements[at];
        elements[at] = element;
        return old;
    }

    /** Inserts by moving the elements on the shorter side of {@code index}. */
    @Override
    public void add(int index, E element) {
        checkIndex(index, size + 1);
        if (size == elements.length) {
            grow();
        }
        if (index < size - index) {
            head = (head - 1 + elements.length) % elements.length;
            for (int i = 0; i < index; i++) {
                elements[slot(i)] = elements[slot(i + 1)];
            }
        } else {
            for (int i = size; i > index; i--) {
                elements[slot(i)] = elements[slot(i - 1)];
            }
        }
        elements[slot(index)] = element;
        size++;
        modCount++;
    }

    /** Removes by moving the elements on the shorter side of {@code index}. */
    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        checkIndex(index, size);
        E old = (E) elements[slot(index)];
        if (index < size - 1 - index) {
            for (int i = index; i > 0; i--) {
                elements[slot(i)] = elements[slot(i - 1)];
            }
            elements[head] = null;
            head = (head + 1) % elements.length;
        } else {
            for (int i = index; i < size - 1; i++) {
                elements[slot(i)] = elements[slot(i + 1)];
            }
            elements[slot(size - 1)] = null;
        }
        size--;
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        elements = new Object[64];
        head = 0;
        size = 0;
        modCount++;
    }

    private int slot(int index) {
        int at = head + index;
        return at < elements.length ? at : at - elements.length;
    }

    private void grow() {
        Object[] bigger = new Object[elements.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = elements[slot(i)];
        }
        elements = bigger;
        head = 0;
    }

    private static void checkIndex(int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + (bound));
        }
    }
}
