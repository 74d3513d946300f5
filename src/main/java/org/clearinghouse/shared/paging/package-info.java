/** Pages of a list: which page, how large, sorted by which field ({@code PageRequest}), and one page of results. */
package org.clearinghouse.shared.paging;
