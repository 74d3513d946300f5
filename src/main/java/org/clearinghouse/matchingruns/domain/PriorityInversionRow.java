package org.clearinghouse.matchingruns.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.requests.domain.AssistanceRequest;

/**
 * A priority inversion a run left: {@code lower} (a lower national priority of the same State) got a proposal from
 * {@code offer}, which was eligible for {@code higher}, which stays unfunded. Written once with its run.
 */
@Entity
@Table(name = "priority_inversion")
public class PriorityInversionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", nullable = false)
    private MatchingRun run;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "higher_request_id", nullable = false)
    private AssistanceRequest higher;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lower_request_id", nullable = false)
    private AssistanceRequest lower;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id", nullable = false)
    private AssistanceOffer offer;

    protected PriorityInversionRow() {}

    public PriorityInversionRow(
            MatchingRun run, AssistanceRequest higher, AssistanceRequest lower, AssistanceOffer offer) {
        this.run = run;
        this.higher = higher;
        this.lower = lower;
        this.offer = offer;
    }

    public Long getId() {
        return id;
    }

    public MatchingRun getRun() {
        return run;
    }

    public AssistanceRequest getHigher() {
        return higher;
    }

    public AssistanceRequest getLower() {
        return lower;
    }

    public AssistanceOffer getOffer() {
        return offer;
    }
}
