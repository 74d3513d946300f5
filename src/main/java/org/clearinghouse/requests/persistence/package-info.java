/** JPA repository of assistance requests: find by id, save, and the filtered, paged, sorted list. */
package org.clearinghouse.requests.persistence;
