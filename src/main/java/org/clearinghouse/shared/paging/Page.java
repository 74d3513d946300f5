package org.clearinghouse.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, the total number of rows matching the filter, and where the page lies. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    /** The same page with every item mapped (entities to DTOs). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
