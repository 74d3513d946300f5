/**
 * JPA repository of assistance offers: find by id, save, the filtered, paged, sorted list, and the reads other use
 * cases ask for (by status, the public list).
 */
package org.clearinghouse.offers.persistence;
