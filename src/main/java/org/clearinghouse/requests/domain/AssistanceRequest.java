package org.clearinghouse.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.shared.domain.PostedRecord;
import org.clearinghouse.shared.domain.ValidPeriod;
import org.clearinghouse.targets.domain.Target;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A need posted by a recipient State. */
@Entity
@Table(name = "assistance_request")
@ValidPeriod(message = "{request.period.order}")
public class AssistanceRequest extends PostedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "{request.state.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_state_code", nullable = false)
    private State recipientState;

    @NotNull(message = "{request.area.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "area_code", nullable = false, length = 40)
    private CommitmentArea area;

    @NotNull(message = "{request.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "type_code", nullable = false, length = 20)
    private AssistanceType type;

    @Min(value = 1, message = "{request.amount.positive}")
    @Column(name = "amount_usd", nullable = false)
    private long amountUsd;

    @Column(name = "divisible", nullable = false)
    private boolean divisible;

    @Min(value = 1, message = "{request.priority.range}")
    @Max(value = 5, message = "{request.priority.range}")
    @Column(name = "priority", nullable = false)
    private int priority;

    @NotNull(message = "{request.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status = RequestStatus.DRAFT;

    @Size(max = 200, message = "{request.nationalTargetReference.size}")
    @Column(name = "national_target_reference", length = 200)
    private String nationalTargetReference;

    @Column(name = "publish_summary_consent", nullable = false)
    private boolean publishSummaryConsent;

    /** The gender-relevance marker; null when not screened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "gender_marker", length = 20)
    private GenderMarker genderMarker;

    @Size(max = 2000, message = "{request.validationComment.size}")
    @Column(name = "validation_comment", length = 2000)
    private String validationComment;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "target_id")
    private Target target;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    public AssistanceRequest() {}

    /** The voluntary target the request serves, if any. */
    public Target getTarget() {
        return target;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    /** When the request was last submitted for validation (UTC). */
    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public State getRecipientState() {
        return recipientState;
    }

    public void setRecipientState(State recipientState) {
        this.recipientState = recipientState;
    }

    public CommitmentArea getArea() {
        return area;
    }

    public void setArea(CommitmentArea area) {
        this.area = area;
    }

    public AssistanceType getType() {
        return type;
    }

    public void setType(AssistanceType type) {
        this.type = type;
    }

    /** Amount asked for, in whole US dollars. */
    public long getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(long amountUsd) {
        this.amountUsd = amountUsd;
    }

    /** True when the request may be funded in parts by several offers. */
    public boolean isDivisible() {
        return divisible;
    }

    public void setDivisible(boolean divisible) {
        this.divisible = divisible;
    }

    /** National priority: 1 = highest, 5 = lowest. */
    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    /** Reference to the national target or action plan the request serves. */
    public String getNationalTargetReference() {
        return nationalTargetReference;
    }

    public void setNationalTargetReference(String nationalTargetReference) {
        this.nationalTargetReference = nationalTargetReference;
    }

    /** True when the State agrees to a public summary of the request. */
    public boolean isPublishSummaryConsent() {
        return publishSummaryConsent;
    }

    public void setPublishSummaryConsent(boolean publishSummaryConsent) {
        this.publishSummaryConsent = publishSummaryConsent;
    }

    public GenderMarker getGenderMarker() {
        return genderMarker;
    }

    public void setGenderMarker(GenderMarker genderMarker) {
        this.genderMarker = genderMarker;
    }

    /** Why the secretariat returned the request, if it did. */
    public String getValidationComment() {
        return validationComment;
    }

    public void setValidationComment(String validationComment) {
        this.validationComment = validationComment;
    }

    /** The request this one was merged into as a duplicate (it is then WITHDRAWN), or null. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public void setMergedIntoId(Long mergedIntoId) {
        this.mergedIntoId = mergedIntoId;
    }

    @Override
    public String toString() {
        return "AssistanceRequest[" + id + " " + recipientState + " " + area + "/" + type + " " + amountUsd + "]";
    }
}
