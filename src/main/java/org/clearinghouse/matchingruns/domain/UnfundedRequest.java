package org.clearinghouse.matchingruns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.StoredExplanation;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A request that a run left unfunded or partly funded, and why. Written once with its run. */
@Entity
@Table(name = "unfunded_request")
public class UnfundedRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", nullable = false)
    private MatchingRun run;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private AssistanceRequest request;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Column(name = "requested_usd", nullable = false)
    private long requestedUsd;

    @Column(name = "funded_usd", nullable = false)
    private long fundedUsd;

    @Column(name = "open_usd", nullable = false)
    private long openUsd;

    /** The request's priority when the run was stored: the order of the run's unfunded requests (an index). */
    @Column(name = "request_priority")
    private Integer requestPriority;

    @Embedded
    private StoredExplanation explanation;

    protected UnfundedRequest() {}

    public UnfundedRequest(
            MatchingRun run,
            AssistanceRequest request,
            String reasonCode,
            long requestedUsd,
            long fundedUsd,
            long openUsd,
            String explanation) {
        this.run = run;
        this.request = request;
        this.reasonCode = reasonCode;
        this.requestedUsd = requestedUsd;
        this.fundedUsd = fundedUsd;
        this.openUsd = openUsd;
        this.requestPriority = request.getPriority();
        this.explanation = StoredExplanation.of(explanation);
    }

    public Long getId() {
        return id;
    }

    public MatchingRun getRun() {
        return run;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public long getRequestedUsd() {
        return requestedUsd;
    }

    public long getFundedUsd() {
        return fundedUsd;
    }

    public long getOpenUsd() {
        return openUsd;
    }

    public String getExplanation() {
        return explanation.text();
    }

    public String getExplanationKey() {
        return explanation.key();
    }

    public List<String> getExplanationArguments() {
        return explanation.arguments();
    }

    /** The key and arguments the English explanation was written from, to write it in the reader's language. */
    public void explainedBy(String key, List<String> arguments) {
        this.explanation = explanation.writtenFrom(key, arguments);
    }
}
