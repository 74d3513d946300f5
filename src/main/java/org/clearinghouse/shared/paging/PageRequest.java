package org.clearinghouse.shared.paging;

/**
 * Which page of a list to read: zero-based page number, page size (1 to {@value #MAX_SIZE}), and an optional sort
 * field (one of the repository's whitelist; null means the repository's default) with its direction.
 */
public record PageRequest(int page, int size, String sortField, SortDirection direction) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (direction == null) {
            direction = SortDirection.ASC;
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, SortDirection.ASC);
    }

    public static PageRequest of(int page, int size, String sortField, SortDirection direction) {
        return new PageRequest(page, size, sortField, direction);
    }

    /** Index of the first row of this page. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
