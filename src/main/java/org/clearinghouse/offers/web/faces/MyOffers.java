package org.clearinghouse.offers.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.offers.application.OfferService;
import org.clearinghouse.offers.application.OfferView;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.platform.problem.ConflictProblem;
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

    private String status;
    private PagedModel<OfferView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> offers.list(caller.get(), new AssistanceOfferFilter(null, null,
                caller.get().donorCode(), null, status == null ? null : Set.of(OfferStatus.valueOf(status))), page),
                o -> Long.toString(o.id()), "id");
    }

    public void open(OfferView offer) {
        try {
            offers.open(caller.get(), offer.id(), offer.version());
            Texts.info("offer.opened", offer.title());
        } catch (ConflictProblem conflict) {
            Texts.error("error.conflict");
        }
    }

    public void withdraw(OfferView offer) {
        try {
            offers.withdraw(caller.get(), offer.id(), offer.version());
            Texts.info("offer.withdrawn", offer.title());
        } catch (ConflictProblem conflict) {
            Texts.error("error.conflict");
        }
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
}
