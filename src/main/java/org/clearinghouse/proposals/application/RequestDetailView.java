package org.clearinghouse.proposals.application;

import java.io.Serializable;
import java.util.List;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.requests.application.RequestView;

/**
 * One request with what became of it: its proposals from every run but superseded ones (newest first), the
 * commitments made for it with their progress, and the funding recorded against it through other mechanisms.
 */
public record RequestDetailView(
        RequestView request,
        List<ProposalView> proposals,
        List<CommitmentView> commitments,
        List<ExternalCommitmentView> externalCommitments)
        implements Serializable {}
