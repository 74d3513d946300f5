package org.clearinghouse.fellowship.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CallView;
import org.clearinghouse.fellowship.application.CohortReviewService;
import org.clearinghouse.fellowship.application.FellowshipCallService;
import org.clearinghouse.fellowship.application.NominationInput;
import org.clearinghouse.fellowship.application.NominationService;
import org.clearinghouse.fellowship.application.NominationView;
import org.clearinghouse.fellowship.application.VersionInput;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;

/**
 * A recipient State's fellowship page: the calls open to nominations, the nomination form (the candidate's consent
 * confirmed, the State's rank), and the State's own nominations with their outcome; a selected or waitlisted
 * nominee of a confirmed cohort can be withdrawn.
 */
@Named
@ViewScoped
public class NominationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("givenName", "nominateForm:givenName"),
            Map.entry("familyName", "nominateForm:familyName"),
            Map.entry("gender", "nominateForm:gender"),
            Map.entry("position", "nominateForm:position"),
            Map.entry("yearsExperience", "nominateForm:years"),
            Map.entry("rank", "nominateForm:rank"),
            Map.entry("email", "nominateForm:email"),
            Map.entry("consentConfirmed", "nominateForm:consent"));

    @Inject
    FellowshipCallService calls;

    @Inject
    NominationService nominations;

    @Inject
    CohortReviewService review;

    @Inject
    Instance<Caller> caller;

    private List<CallView> all;
    private List<NominationView> own;
    private Long callId;
    private String givenName;
    private String familyName;
    private String gender;
    private String position;
    private Integer years;
    private Integer rank = 1;
    private String email;
    private boolean consent;

    @PostConstruct
    void init() {
        all = calls.list();
        callId = getOpenCalls().stream().findFirst().map(CallView::id).orElse(null);
    }

    public void nominate() {
        if (callId == null) {
            Texts.error("fellowship.nominate.noCall");
            return;
        }
        FormSubmission.withFields(FIELDS)
                .conflict("fellowship.nominate.refused")
                .run(() -> {
                    nominations.nominate(
                            caller.get(),
                            callId,
                            new NominationInput(
                                    givenName,
                                    familyName,
                                    gender,
                                    position,
                                    null,
                                    years,
                                    null,
                                    null,
                                    null,
                                    rank,
                                    consent,
                                    email));
                    Texts.info("fellowship.nominate.done", givenName + " " + familyName);
                    givenName = null;
                    familyName = null;
                    position = null;
                    email = null;
                    consent = false;
                    rank = rank == null ? 1 : rank + 1;
                    all = calls.list();
                    own = null;
                });
    }

    public void withdraw(NominationView n) {
        FormSubmission.handling().stale("fellowship.review.conflict").run(() -> {
            review.withdraw(caller.get(), n.callId(), n.id(), new VersionInput(n.version()));
            own = null;
            Texts.info("fellowship.review.withdrawn");
        });
    }

    public List<CallView> getOpenCalls() {
        return all.stream().filter(CallView::acceptsNominations).toList();
    }

    /** The State's own nominations to every call, the latest course first (read once per change). */
    public List<NominationView> getOwnNominations() {
        if (own == null) {
            own = new ArrayList<>();
            for (CallView c : all) {
                if (c.nominations() > 0) {
                    own.addAll(nominations.list(caller.get(), c.id()));
                }
            }
        }
        return own;
    }

    /** The title of a call, for the table of nominations. */
    public String titleOf(long id) {
        return all.stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .map(CallView::title)
                .orElse("");
    }

    public List<String> getGenders() {
        return List.of("FEMALE", "MALE", "OTHER");
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
