/** Matching runs and what they proposed: {@code MatchingRun}, {@code Proposal}, {@code UnfundedRequest}. */
package org.clearinghouse.review.domain;
