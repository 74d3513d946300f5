/**
 * The secretariat's side of matching: the open problem read from the database in the exchange format (validated
 * requests, open offers, commitments, rejections), the all-or-nothing import of a problem file, and (with the
 * matching engine) runs and the review of their proposals. Maps database entities to the plain planning model and
 * back; the engine itself knows nothing of the database.
 */
package org.clearinghouse.review.application;
