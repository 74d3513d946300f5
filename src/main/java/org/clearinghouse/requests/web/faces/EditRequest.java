package org.clearinghouse.requests.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormMonths;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.DuplicateCandidate;
import org.clearinghouse.requests.application.DuplicateService;
import org.clearinghouse.requests.application.RequestInput;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;

/** Creating or editing one request of the recipient's State, saved as a draft or submitted for validation. */
@Named
@ViewScoped
public class EditRequest implements Serializable {

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

    private Long id;
    private Long version;
    /** The voluntary target the request serves (chosen in the form, or linked through the API). */
    private Long targetId;

    private String status;
    private String validationComment;
    private String title;
    private String description;
    private String area;
    private String type;
    private Long amountUsd;
    private boolean divisible = true;
    private Integer priority = 3;
    private LocalDate start;
    private LocalDate end;
    private String nationalTargetReference;
    private String contact;
    private boolean publishSummaryConsent;
    private String genderMarker;
    private boolean loaded;

    /** Reads the request named by {@code ?id=} once (a new request otherwise). */
    public void load() throws IOException {
        loaded = FormSubmission.readOnceOr404(loaded, () -> {
            if (id != null) {
                read(requests.get(caller.get(), id));
            }
        });
    }

    private void read(RequestView r) {
        version = r.version();
        targetId = r.targetId();
        status = r.status();
        validationComment = r.validationComment();
        title = r.title();
        description = r.description();
        area = r.area();
        type = r.type();
        amountUsd = r.amountUsd();
        divisible = r.divisible();
        priority = r.priority();
        start = FormMonths.firstDay(r.start());
        end = FormMonths.firstDay(r.end());
        nationalTargetReference = r.nationalTargetReference();
        contact = r.contact();
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
        if (!FormMonths.inOrder(start, end, "requestForm:end")) {
            return null;
        }
        RequestInput input = new RequestInput(
                title,
                description,
                null,
                area,
                type,
                amountUsd,
                divisible,
                priority,
                FormMonths.month(start),
                FormMonths.month(end),
                nationalTargetReference,
                contact,
                publishSummaryConsent,
                genderMarker,
                targetId,
                version);
        return FormSubmission.withFields(FIELDS).conflict("error.conflict").call(() -> {
            RequestView saved =
                    id == null ? requests.create(caller.get(), input) : requests.update(caller.get(), id, input);
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

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return status == null || EDITABLE.contains(status);
    }

    public boolean isReturned() {
        return "DRAFT".equals(status) && validationComment != null && !validationComment.isBlank();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public String getValidationComment() {
        return validationComment;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getNationalTargetReference() {
        return nationalTargetReference;
    }

    public void setNationalTargetReference(String nationalTargetReference) {
        this.nationalTargetReference = nationalTargetReference;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
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
