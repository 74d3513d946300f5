package org.clearinghouse.offers.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.offers.application.OfferDuplicateCandidate;
import org.clearinghouse.offers.application.OfferDuplicateService;
import org.clearinghouse.offers.application.OfferService;
import org.clearinghouse.offers.application.OfferView;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;

/** The donor's own offers in any status: a lazy table; open a draft, withdraw an offer. */
@Named
@ViewScoped
public class MyOffers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferService offers;

    @Inject
    Instance<Caller> caller;

    @Inject
    OfferDuplicateService duplicateService;

    private String status;
    private PagedModel<OfferView> model;
    /** Likely duplicates of the open offers shown, read once per offer while the page lives. */
    private final Map<Long, List<OfferDuplicateCandidate>> duplicates = new HashMap<>();

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> offers.list(
                        caller.get(),
                        new AssistanceOfferFilter(
                                null,
                                null,
                                caller.get().donorCode(),
                                null,
                                status == null ? null : Set.of(OfferStatus.valueOf(status))),
                        page),
                o -> Long.toString(o.id()),
                "id");
    }

    public void open(OfferView offer) {
        FormSubmission.handling().conflict("error.conflict").run(() -> {
            offers.open(caller.get(), offer.id(), offer.version());
            Texts.info("offer.opened", offer.title());
            duplicates.clear();
        });
    }

    public void withdraw(OfferView offer) {
        FormSubmission.handling().conflict("error.conflict").run(() -> {
            offers.withdraw(caller.get(), offer.id(), offer.version());
            Texts.info("offer.withdrawn", offer.title());
            duplicates.clear();
        });
    }

    /** Open offers of the donor that likely duplicate this one (only an open offer is compared). */
    public List<OfferDuplicateCandidate> duplicatesOf(OfferView offer) {
        if (!"OPEN".equals(offer.status())) {
            return List.of();
        }
        return duplicates.computeIfAbsent(offer.id(), id -> duplicateService.duplicatesOf(caller.get(), id));
    }

    public PagedModel<OfferView> getModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The statuses the list can be filtered by. */
    public List<String> getStatuses() {
        return Arrays.stream(OfferStatus.values()).map(Enum::name).toList();
    }
}
