/** JPA repository of assistance offers: find by id, save, and the filtered, paged, sorted list. */
package org.clearinghouse.offers.persistence;
