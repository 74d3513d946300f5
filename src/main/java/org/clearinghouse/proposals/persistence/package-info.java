/**
 * JPA repositories of proposals (by id, locked, by commitment, for a request, the lists a party reads, those runs
 * keep, superseding) and of the append-only history of decisions.
 */
package org.clearinghouse.proposals.persistence;
