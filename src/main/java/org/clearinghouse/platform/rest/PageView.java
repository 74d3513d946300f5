package org.clearinghouse.platform.rest;

import java.util.List;
import org.clearinghouse.shared.paging.Page;

/** One page of a list as the API returns it. */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }
}
