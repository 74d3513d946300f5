/**
 * JPA repositories of matching runs (runs, their pages of proposals and unfunded requests, what a run writes), of
 * the aggregates of a run's coverage, and of the rows an imported problem file adds.
 */
package org.clearinghouse.matchingruns.persistence;
