package org.clearinghouse.shared.persistence;

/** Direction of a sort. */
public enum SortDirection {
    ASC,
    DESC
}
