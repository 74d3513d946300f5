package org.clearinghouse.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, the total number of rows matching the filter, and where the page lies. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** No items and nothing in total, at the place {@code request} asked for. */
    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), 0, request.page(), request.size());
    }

    /** The page {@code request} asks for out of a whole list already filtered and sorted in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return new Page<>(
                all.subList(from, Math.min(all.size(), from + request.size())),
                all.size(),
                request.page(),
                request.size());
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    /** The same page with every item mapped (entities to DTOs). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
