package org.clearinghouse.platform.web.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table over a service's paged list: PrimeFaces asks for one page, sorted by one column, and the service
 * reads just that page from the database. Column {@code field}s are the service's sort field names. An export
 * of the whole table asks for more than the service's largest page: it is read page by page.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of the list (filters come from the bean, not from the table). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest page);
    }

    /** The key of a row. */
    public interface RowKey<T> extends Function<T, String>, Serializable {}

    private final Loader<T> loader;
    private final RowKey<T> rowKey;
    private final String defaultSort;

    public PagedModel(Loader<T> loader, RowKey<T> rowKey, String defaultSort) {
        this.loader = loader;
        this.rowKey = rowKey;
        this.defaultSort = defaultSort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(PageRequest.of(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = defaultSort;
        SortDirection direction = SortDirection.ASC;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != SortOrder.UNSORTED) {
                field = sort.getField();
                direction = sort.getOrder() == SortOrder.DESCENDING ? SortDirection.DESC : SortDirection.ASC;
                break;
            }
        }
        if (pageSize <= PageRequest.MAX_SIZE && first % pageSize == 0) {
            Page<T> page = loader.load(PageRequest.of(first / pageSize, pageSize, field, direction));
            setRowCount((int) page.total());
            return page.items();
        }
        List<T> all = new ArrayList<>();
        int size = PageRequest.MAX_SIZE;
        for (int page = first / size; all.size() < pageSize + first % size; page++) {
            Page<T> read = loader.load(PageRequest.of(page, size, field, direction));
            all.addAll(read.items());
            setRowCount((int) read.total());
            if (read.items().size() < size) {
                break;
            }
        }
        int from = Math.min(first % size, all.size());
        return all.subList(from, Math.min(all.size(), from + pageSize));
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        List<T> shown = getWrappedData();
        return shown == null
                ? null
                : shown.stream()
                        .filter(r -> rowKey.apply(r).equals(key))
                        .findFirst()
                        .orElse(null);
    }
}
