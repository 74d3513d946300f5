/**
 * The plain-Java planning model of the matching engine: requests and offers (problem facts with their precomputed
 * eligible offers), funding pieces (the planning entities: an offer and an amount per piece), the planning solution,
 * the codes of areas, types and regions, and the usage ledger the custom moves keep in step with the pieces.
 * No Jakarta and no persistence here: the server maps its entities into this model in one place.
 */
package org.clearinghouse.matching.domain;
