package org.clearinghouse.commitments.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.application.ExternalCommitmentInput;
import org.clearinghouse.commitments.application.ExternalCommitmentService;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.commitments.application.FundingClaimService;
import org.clearinghouse.commitments.domain.ExternalSource;
import org.clearinghouse.platform.web.faces.FormMonths;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;

/**
 * The external commitments page: the secretariat lists every record and records for any donor (or none); a donor
 * lists and records its own. Each may delete what it may (the service decides).
 */
@Named
@ViewScoped
public class ExternalCommitments implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("state", "externalForm:state"),
            Map.entry("area", "externalForm:area"),
            Map.entry("amountUsd", "externalForm:amount"),
            Map.entry("start", "externalForm:start"),
            Map.entry("end", "externalForm:end"),
            Map.entry("source", "externalForm:source"),
            Map.entry("mechanismName", "externalForm:mechanism"),
            Map.entry("donor", "externalForm:donor"),
            Map.entry("requestId", "externalForm:requestId"),
            Map.entry("note", "externalForm:note"));

    @Inject
    ExternalCommitmentService service;

    @Inject
    FundingClaimService claims;

    @Inject
    Instance<Caller> caller;

    private final ClaimDecisions decisions = new ClaimDecisions();

    private PagedModel<ExternalCommitmentView> model;
    private String filterState;
    private String state;
    private String area;
    private Long amountUsd;
    private LocalDate start;
    private LocalDate end;
    private String source;
    private String mechanismName;
    private String donor;
    private Long requestId;
    private String note;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> service.page(caller.get(), filterState, ownDonor(), page), e -> Long.toString(e.id()), null);
    }

    /** A donor sees the records made for itself; the secretariat all. */
    private String ownDonor() {
        Caller c = caller.get();
        return c.is(Role.DONOR) ? c.donorCode() : null;
    }

    public void record() {
        if (!FormMonths.inOrder(start, end, "externalForm:end")) {
            return;
        }
        ExternalCommitmentInput input = new ExternalCommitmentInput(
                state,
                area,
                amountUsd,
                FormMonths.month(start),
                FormMonths.month(end),
                source,
                mechanismName,
                isSecretariat() ? donor : null,
                requestId,
                note);
        FormSubmission.withFields(FIELDS).denied("external.forbidden").run(() -> {
            ExternalCommitmentView saved = service.record(caller.get(), input);
            Texts.info("external.recorded", saved.mechanismName(), saved.stateName());
            clear();
        });
    }

    public void delete(ExternalCommitmentView row) {
        FormSubmission.handling()
                .stale("error.conflict")
                .denied("external.forbidden")
                .run(() -> {
                    service.delete(caller.get(), row.id(), row.version());
                    Texts.info("external.deleted", row.mechanismName(), row.stateName());
                });
    }

    /** Whether the reader may delete this record (a donor: only its own claims not yet confirmed). */
    public boolean canDelete(ExternalCommitmentView row) {
        return isSecretariat() || row.donor() != null && caller.get().isDonor(row.donor()) && !row.counts();
    }

    /** Whether the reader decides on this record: the secretariat, on a claim not yet confirmed. */
    public boolean canDecide(ExternalCommitmentView row) {
        return isSecretariat() && !row.counts();
    }

    /** Confirms a donor's claim: from now on it counts. */
    public void confirm(ExternalCommitmentView row) {
        decisions.confirm(claims, caller.get(), row, () -> {});
    }

    /** Disputes a donor's claim with the reason typed next to it. */
    public void dispute(ExternalCommitmentView row) {
        decisions.dispute(claims, caller.get(), row, () -> {});
    }

    public Map<Long, String> getReasons() {
        return decisions.getReasons();
    }

    public boolean isSecretariat() {
        return caller.get().is(Role.SECRETARIAT);
    }

    public List<String> getSources() {
        return Arrays.stream(ExternalSource.values()).map(Enum::name).toList();
    }

    private void clear() {
        state = null;
        area = null;
        amountUsd = null;
        start = null;
        end = null;
        source = null;
        mechanismName = null;
        donor = null;
        requestId = null;
        note = null;
    }

    public PagedModel<ExternalCommitmentView> getModel() {
        return model;
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public Long getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(Long amountUsd) {
        this.amountUsd = amountUsd;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMechanismName() {
        return mechanismName;
    }

    public void setMechanismName(String mechanismName) {
        this.mechanismName = mechanismName;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
