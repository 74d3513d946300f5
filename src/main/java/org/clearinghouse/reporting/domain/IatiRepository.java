package org.clearinghouse.reporting.domain;

import java.util.List;
import org.clearinghouse.commitments.domain.Commitment;

/** The commitments the IATI export may show. */
public interface IatiRepository {

    /** Every commitment, oldest first. */
    List<Commitment> findAll();

    /**
     * The commitments to requests whose State consented to a public summary, plus those to the requests of
     * {@code stateCode} and those drawing on the offers of {@code donorCode} (pass a code no party has for none),
     * oldest first.
     */
    List<Commitment> findPublishedOrConcerning(String stateCode, String donorCode);
}
