package org.clearinghouse.offers.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.offers.application.OfferInput;
import org.clearinghouse.offers.application.OfferService;
import org.clearinghouse.offers.application.OfferView;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PostingForm;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.shared.errors.AccessDeniedException;

/** Creating or editing one of the donor's offers, saved as a draft or opened for matching. */
@Named
@ViewScoped
public class EditOffer extends PostingForm {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "offerForm:title"),
            Map.entry("description", "offerForm:description"),
            Map.entry("areas", "offerForm:areas"),
            Map.entry("types", "offerForm:types"),
            Map.entry("regions", "offerForm:regions"),
            Map.entry("excludedStates", "offerForm:excluded"),
            Map.entry("capacityUsd", "offerForm:capacity"),
            Map.entry("maxPerRequestUsd", "offerForm:ceiling"),
            Map.entry("start", "offerForm:start"),
            Map.entry("end", "offerForm:end"),
            Map.entry("contact", "offerForm:contact"));

    @Inject
    OfferService offers;

    @Inject
    Instance<Caller> caller;

    private List<String> areas = new ArrayList<>();
    private List<String> types = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<String> excludedStates = new ArrayList<>();
    private Long capacityUsd;
    private long committedUsd;
    private Long maxPerRequestUsd;

    @Override
    protected void read(long id) {
        OfferView o = offers.get(caller.get(), id);
        if (!caller.get().isDonor(o.donor())) {
            throw new AccessDeniedException("not yours");
        }
        readPosted(o.version(), o.status(), o.title(), o.description(), o.start(), o.end(), o.contact());
        areas = new ArrayList<>(o.areas());
        types = new ArrayList<>(o.types());
        regions = new ArrayList<>(o.regions());
        excludedStates = new ArrayList<>(o.excludedStates());
        capacityUsd = o.capacityUsd();
        committedUsd = o.committedUsd();
        maxPerRequestUsd = o.maxPerRequestUsd();
    }

    public String save() {
        return store(false);
    }

    public String saveAndOpen() {
        return store(true);
    }

    private String store(boolean open) {
        boolean invalid = !monthsInOrder("offerForm:end");
        if (capacityUsd != null && maxPerRequestUsd != null && maxPerRequestUsd > capacityUsd) {
            Texts.fieldError("offerForm:ceiling", "offer.ceiling.aboveCapacity");
            invalid = true;
        }
        if (capacityUsd != null && capacityUsd < committedUsd) {
            Texts.fieldError("offerForm:capacity", "offer.capacity.belowCommitted");
            invalid = true;
        }
        if (invalid) {
            return null;
        }
        OfferInput input = new OfferInput(
                getTitle(),
                getDescription(),
                null,
                areas,
                types,
                capacityUsd,
                regions,
                excludedStates,
                maxPerRequestUsd,
                startMonth(),
                endMonth(),
                getContact(),
                version());
        return FormSubmission.withFields(FIELDS).conflict("error.conflict").call(() -> {
            OfferView saved =
                    isNew() ? offers.create(caller.get(), input) : offers.update(caller.get(), getId(), input);
            if (open && "DRAFT".equals(saved.status())) {
                saved = offers.open(caller.get(), saved.id(), saved.version());
                Texts.info("offer.opened", saved.title());
            } else {
                Texts.info("offer.saved", saved.title());
            }
            Texts.keepForRedirect();
            return "/donor/offers.xhtml?faces-redirect=true";
        });
    }

    public boolean isEditable() {
        return !"CLOSED".equals(getStatus());
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    public List<String> getExcludedStates() {
        return excludedStates;
    }

    public void setExcludedStates(List<String> excludedStates) {
        this.excludedStates = excludedStates;
    }

    public Long getCapacityUsd() {
        return capacityUsd;
    }
    /** What the offer has committed so far (0 for a new offer): the capacity cannot go below it. */
    public long getCommittedUsd() {
        return committedUsd;
    }

    public void setCapacityUsd(Long capacityUsd) {
        this.capacityUsd = capacityUsd;
    }

    public Long getMaxPerRequestUsd() {
        return maxPerRequestUsd;
    }

    public void setMaxPerRequestUsd(Long maxPerRequestUsd) {
        this.maxPerRequestUsd = maxPerRequestUsd;
    }
}
