package org.clearinghouse.platform.cluster;

/** The claims of scheduled jobs' slots, cluster-wide. */
public interface JobClaims {

    /**
     * Claims {@code slot} of {@code job} for {@code node} unless a server claimed it already, in its own transaction,
     * one server at a time (the job's guard row is locked); returns the node that holds the claim.
     */
    String claim(String job, String slot, String node);
}
