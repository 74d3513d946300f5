/**
 * What a matching run proposed and what became of it: {@code Proposal} with its lifecycle
 * ({@code ProposalLifecycle}, {@code ProposalState}) and its history of decisions ({@code ProposalDecision}).
 * The run a proposal belongs to ({@code MatchingRun}) is recorded here too, so that proposals depend on nothing
 * above them; solving and storing runs is the business of {@code matchingruns}.
 */
package org.clearinghouse.proposals.domain;
