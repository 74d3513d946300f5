package org.clearinghouse.fellowship.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CallView;
import org.clearinghouse.fellowship.application.FellowshipCallService;
import org.clearinghouse.fellowship.application.FundingInput;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;

/**
 * A donor's fellowship page: the calls with seats still unfunded, and the form that funds seats, directly or drawn
 * from one of the donor's open offers in the fellowship area (its number).
 */
@Named
@ViewScoped
public class FundingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("seats", "fundForm:seats", "offerId", "fundForm:offer");

    @Inject
    FellowshipCallService calls;

    @Inject
    Instance<Caller> caller;

    private List<CallView> unfunded;
    private Long callId;
    private Integer seats = 1;
    private Long offerId;

    @PostConstruct
    void init() {
        refresh();
        callId = unfunded.stream().findFirst().map(CallView::id).orElse(null);
    }

    public void fund() {
        if (callId == null) {
            Texts.error("fellowship.fund.noCall");
            return;
        }
        FormSubmission.withFields(FIELDS).conflict("fellowship.fund.refused").run(() -> {
            calls.fund(caller.get(), callId, new FundingInput(seats, offerId));
            Texts.info("fellowship.fund.done", seats);
            offerId = null;
            refresh();
        });
    }

    private void refresh() {
        unfunded = calls.list().stream()
                .filter(c -> c.unfundedSeats() > 0 && !"CONFIRMED".equals(c.status()))
                .toList();
    }

    public List<CallView> getUnfunded() {
        return unfunded;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }
}
