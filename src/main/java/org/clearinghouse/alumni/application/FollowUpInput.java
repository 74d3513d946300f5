package org.clearinghouse.alumni.application;

/** What the alumnus applied, in the nominating State's own words; the version of the follow-up it read, if any. */
public record FollowUpInput(String applied, Long version) {}
