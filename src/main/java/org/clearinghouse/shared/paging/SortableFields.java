package org.clearinghouse.shared.paging;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The whitelist of fields a list may be sorted by, each mapped to a criteria expression. Anything else is refused,
 * so user input never reaches a query as text. Every order ends with the entity's id, which keeps paging stable.
 */
public final class SortableFields<T> {

    private final Map<String, Function<Root<T>, Expression<?>>> fields;
    private final String defaultField;

    private SortableFields(Map<String, Function<Root<T>, Expression<?>>> fields, String defaultField) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.defaultField = defaultField;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public Set<String> names() {
        return fields.keySet();
    }

    /** The ORDER BY of a page request: its field (or the default), then the id ascending. */
    public List<Order> orders(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        String name = request.sortField() == null || request.sortField().isBlank() ? defaultField : request.sortField();
        Function<Root<T>, Expression<?>> path = fields.get(name);
        if (path == null) {
            throw new UnknownSortFieldException(name, fields.keySet());
        }
        Expression<?> expression = path.apply(root);
        List<Order> orders = new ArrayList<>();
        orders.add(request.direction() == SortDirection.DESC ? cb.desc(expression) : cb.asc(expression));
        if (!"id".equals(name)) {
            orders.add(cb.asc(root.get("id")));
        }
        return orders;
    }

    /** Collects the fields; the first one added is the default unless {@link #defaultField(String)} says otherwise. */
    public static final class Builder<T> {
        private final Map<String, Function<Root<T>, Expression<?>>> fields = new LinkedHashMap<>();
        private String defaultField;

        public Builder<T> field(String name, Function<Root<T>, Expression<?>> path) {
            fields.put(name, path);
            if (defaultField == null) {
                defaultField = name;
            }
            return this;
        }

        /** A field that is an attribute of the entity itself, under the same name. */
        public Builder<T> attribute(String name) {
            return field(name, root -> root.get(name));
        }

        public Builder<T> defaultField(String name) {
            this.defaultField = name;
            return this;
        }

        public SortableFields<T> build() {
            if (!fields.containsKey(defaultField)) {
                throw new IllegalStateException("default sort field not listed: " + defaultField);
            }
            return new SortableFields<>(fields, defaultField);
        }
    }
}
