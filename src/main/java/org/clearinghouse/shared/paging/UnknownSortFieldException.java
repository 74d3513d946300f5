package org.clearinghouse.shared.paging;

import java.util.Set;

/** A list was asked to sort by a field that is not on its whitelist (the REST layer answers 400). */
public class UnknownSortFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Set<String> allowed;

    public UnknownSortFieldException(String field, Set<String> allowed) {
        super("cannot sort by '" + field + "'; allowed: " + String.join(", ", allowed));
        this.allowed = Set.copyOf(allowed);
    }

    public Set<String> getAllowed() {
        return allowed;
    }
}
