package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

/**
 * A sparse vector: strictly increasing {@code indices} with their {@code values}.
 * The arrays are owned by the vector; callers must not change them.
 */
public record SparseVector(int[] indices, float[] values) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public SparseVector {
        requireNonNull(indices, "indices is null");
        requireNonNull(values, "values is null");
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices has " + indices.length + " entries but values has " + values.length);
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices are not strictly increasing at position " + i);
            }
        }
    }

    public int size() {
        return indices.length;
    }
}
