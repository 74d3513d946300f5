package org.clearinghouse.matching.exchange;

import java.util.List;

/** A whole matching problem as it travels in JSON (format version 1). */
public record ProblemDocument(
        Integer formatVersion,
        List<RequestDocument> requests,
        List<OfferDocument> offers,
        List<CommitmentDocument> commitments,
        List<RejectionDocument> rejections) {

    public static final int FORMAT_VERSION = 1;
}
