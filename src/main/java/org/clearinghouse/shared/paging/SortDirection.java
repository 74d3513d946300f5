package org.clearinghouse.shared.paging;

/** Direction of a sort. */
public enum SortDirection {
    ASC,
    DESC
}
