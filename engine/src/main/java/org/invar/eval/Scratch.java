package org.invar.eval;

import java.util.Arrays;

/**
 * Reusable arrays for evaluating blocks of rows, taken and given back in stack order, so that
 * evaluating a rule over a million entities allocates a few arrays rather than a few per block.
 * The arrays handed out hold whatever they held before: callers write a row before reading it.
 */
final class Scratch {
    private byte[][] bytes = new byte[8][];
    private long[][] longs = new long[8][];
    private int[][] ints = new int[8][];
    private int byteTop;
    private int longTop;
    private int intTop;

    /** Where the stacks stand, to give back everything taken after it with {@link #release}. */
    long mark() {
        return byteTop | (long) longTop << 21 | (long) intTop << 42;
    }

    void release(long mark) {
        byteTop = (int) (mark & 0x1FFFFF);
        longTop = (int) (mark >>> 21 & 0x1FFFFF);
        intTop = (int) (mark >>> 42);
    }

    byte[] bytes(int n) {
        if (byteTop == bytes.length) {
            bytes = Arrays.copyOf(bytes, byteTop * 2);
        }
        byte[] a = bytes[byteTop];
        if (a == null || a.length < n) {
            a = bytes[byteTop] = new byte[Math.max(n, Block.SIZE)];
        }
        byteTop++;
        return a;
    }

    long[] longs(int n) {
        if (longTop == longs.length) {
            longs = Arrays.copyOf(longs, longTop * 2);
        }
        long[] a = longs[longTop];
        if (a == null || a.length < n) {
            a = longs[longTop] = new long[Math.max(n, Block.SIZE)];
        }
        longTop++;
        return a;
    }

    int[] ints(int n) {
        if (intTop == ints.length) {
            ints = Arrays.copyOf(ints, intTop * 2);
        }
        int[] a = ints[intTop];
        if (a == null || a.length < n) {
            a = ints[intTop] = new int[Math.max(n, Block.SIZE)];
        }
        intTop++;
        return a;
    }
}
