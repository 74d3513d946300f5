package org.clearinghouse.requests.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PostingForm;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.DuplicateCandidate;
import org.clearinghouse.requests.application.DuplicateService;
import org.clearinghouse.requests.application.RequestInput;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;

/** Creating or editing one request of the recipient's State, saved as a draft or submitted for validation. */
@Named
@ViewScoped
public class EditRequest extends PostingForm {

    private static final long serialVersionUID = 1L;

    static final Set<String> EDITABLE = Set.of("DRAFT", "SUBMITTED", "VALIDATED");

    /** The service's field names to the form's client ids, for its validation messages. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "requestForm:title"),
            Map.entry("description", "requestForm:description"),
            Map.entry("area", "requestForm:area"),
            Map.entry("type", "requestForm:type"),
            Map.entry("amountUsd", "requestForm:amount"),
            Map.entry("priority", "requestForm:priority"),
            Map.entry("start", "requestForm:start"),
            Map.entry("end", "requestForm:end"),
            Map.entry("contact", "requestForm:contact"),
            Map.entry("nationalTargetReference", "requestForm:nationalTarget"));

    @Inject
    RequestService requests;

    @Inject
    DuplicateService duplicateService;

    @Inject
    Instance<Caller> caller;

    /** Likely duplicates of the saved request, shown above the form (after a submit that found some). */
    private List<DuplicateCandidate> duplicates = List.of();

    /** The voluntary target the request serves (chosen in the form, or linked through the API). */
    private Long targetId;

    private String validationComment;
    private String area;
    private String type;
    private Long amountUsd;
    private boolean divisible = true;
    private Integer priority = 3;
    private String nationalTargetReference;
    private boolean publishSummaryConsent;
    private String genderMarker;

    @Override
    protected void read(long id) {
        RequestView r = requests.get(caller.get(), id);
        readPosted(r.version(), r.status(), r.title(), r.description(), r.start(), r.end(), r.contact());
        targetId = r.targetId();
        validationComment = r.validationComment();
        area = r.area();
        type = r.type();
        amountUsd = r.amountUsd();
        divisible = r.divisible();
        priority = r.priority();
        nationalTargetReference = r.nationalTargetReference();
        publishSummaryConsent = r.publishSummaryConsent();
        genderMarker = r.genderMarker();
        duplicates = duplicateService.duplicatesOf(caller.get(), id);
    }

    public String save() {
        return store(false);
    }

    public String saveAndSubmit() {
        return store(true);
    }

    private String store(boolean submit) {
        if (!monthsInOrder("requestForm:end")) {
            return null;
        }
        RequestInput input = new RequestInput(
                getTitle(),
                getDescription(),
                null,
                area,
                type,
                amountUsd,
                divisible,
                priority,
                startMonth(),
                endMonth(),
                nationalTargetReference,
                getContact(),
                publishSummaryConsent,
                genderMarker,
                targetId,
                version());
        return FormSubmission.withFields(FIELDS).conflict("error.conflict").call(() -> {
            RequestView saved =
                    isNew() ? requests.create(caller.get(), input) : requests.update(caller.get(), getId(), input);
            if (submit && "DRAFT".equals(saved.status())) {
                saved = requests.submit(caller.get(), saved.id(), saved.version());
                Texts.info("request.submitted", saved.title());
                int likely =
                        duplicateService.duplicatesOf(caller.get(), saved.id()).size();
                if (likely > 0) {
                    Texts.warn("request.duplicates.found", likely);
                    Texts.keepForRedirect();
                    return "/recipient/request.xhtml?faces-redirect=true&id=" + saved.id();
                }
            } else {
                Texts.info("request.saved", saved.title());
            }
            Texts.keepForRedirect();
            return "/recipient/requests.xhtml?faces-redirect=true";
        });
    }

    public List<DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    /** A similarity as a whole percentage. */
    public long percent(DuplicateCandidate candidate) {
        return Math.round(candidate.score() * 100);
    }

    public boolean isEditable() {
        return getStatus() == null || EDITABLE.contains(getStatus());
    }

    public boolean isReturned() {
        return "DRAFT".equals(getStatus()) && validationComment != null && !validationComment.isBlank();
    }

    public String getValidationComment() {
        return validationComment;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(Long amountUsd) {
        this.amountUsd = amountUsd;
    }

    public boolean isDivisible() {
        return divisible;
    }

    public void setDivisible(boolean divisible) {
        this.divisible = divisible;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getNationalTargetReference() {
        return nationalTargetReference;
    }

    public void setNationalTargetReference(String nationalTargetReference) {
        this.nationalTargetReference = nationalTargetReference;
    }

    public boolean isPublishSummaryConsent() {
        return publishSummaryConsent;
    }

    public void setPublishSummaryConsent(boolean publishSummaryConsent) {
        this.publishSummaryConsent = publishSummaryConsent;
    }

    public String getGenderMarker() {
        return genderMarker;
    }

    public void setGenderMarker(String genderMarker) {
        this.genderMarker = genderMarker;
    }

    /** The marker's codes, for the form's choice. */
    public java.util.List<String> getGenderMarkers() {
        return java.util.Arrays.stream(org.clearinghouse.requests.domain.GenderMarker.values())
                .map(Enum::name)
                .toList();
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
