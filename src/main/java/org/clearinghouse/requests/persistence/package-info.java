/**
 * JPA repositories of assistance requests (find by id, save, the filtered, paged, sorted list, and the reads other
 * use cases ask for: by status, same State and area, published summaries) and of the decisions on duplicates.
 */
package org.clearinghouse.requests.persistence;
