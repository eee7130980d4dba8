package dev.shortlist.screening.taxonomy;

import java.util.Arrays;

/**
 * Open-addressing map from (node, symbol) to child node; far fewer objects than nested maps.
 * Key and child sit side by side in one array so a lookup touches one cache line, and the
 * root's ASCII children (every token start asks for one) are a plain array.
 */
final class TransitionTable {
    private static final long EMPTY = -1L;
    private final int[] rootAscii = new int[128];
    private long[] slots; // [key, child, key, child, ...]
    private int size;
    private int mask;

    TransitionTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
        for (int i = 0; i < slots.length; i += 2) {
            slots[i] = EMPTY;
        }
        Arrays.fill(rootAscii, -1);
    }

    private static long key(int node, char symbol) {
        return ((long) node << 16) | symbol;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    int get(int node, char symbol) {
        if (node == 0 && symbol < 128) {
            return rootAscii[symbol];
        }
        long k = key(node, symbol);
        int slot = hash(k) & mask;
        while (true) {
            long found = slots[slot << 1];
            if (found == k) {
                return (int) slots[(slot << 1) + 1];
            }
            if (found == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    void put(int node, char symbol, int child) {
        if (node == 0 && symbol < 128) {
            rootAscii[symbol] = child;
            return;
        }
        if ((size + 1) * 2 > mask + 1) {
            grow();
        }
        long k = key(node, symbol);
        int slot = hash(k) & mask;
        while (slots[slot << 1] != EMPTY && slots[slot << 1] != k) {
            slot = (slot + 1) & mask;
        }
        if (slots[slot << 1] == EMPTY) {
            size++;
        }
        slots[slot << 1] = k;
        slots[(slot << 1) + 1] = child;
    }

    void encodeTerminals(int[] firstTerm) {
        for (int c = 0; c < rootAscii.length; c++) {
            rootAscii[c] = encode(rootAscii[c], firstTerm);
        }
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                slots[i + 1] = encode((int) slots[i + 1], firstTerm);
            }
        }
    }

    private static int encode(int node, int[] firstTerm) {
        return node < 0 ? node : node * 2 + (firstTerm[node] >= 0 ? 1 : 0);
    }

    private void grow() {
        long[] old = slots;
        int capacity = (mask + 1) * 2;
        slots = new long[capacity * 2];
        for (int i = 0; i < slots.length; i += 2) {
            slots[i] = EMPTY;
        }
        mask = capacity - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                put((int) (old[i] >>> 16), (char) (old[i] & 0xFFFF), (int) old[i + 1]);
            }
        }
    }
}
