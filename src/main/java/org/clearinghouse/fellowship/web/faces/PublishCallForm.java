package org.clearinghouse.fellowship.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CallInput;
import org.clearinghouse.fellowship.application.FellowshipCallService;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;

/**
 * The secretariat's form that publishes a fellowship call (dates as yyyy-mm-dd, the share of women in percent); every
 * region is chosen until the secretariat narrows the call down.
 */
@Named
@ViewScoped
public class PublishCallForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "publishForm:title"),
            Map.entry("regions", "publishForm:regions"),
            Map.entry("hostState", "publishForm:hostState"),
            Map.entry("start", "publishForm:start"),
            Map.entry("end", "publishForm:end"),
            Map.entry("seats", "publishForm:seats"),
            Map.entry("seatCostUsd", "publishForm:seatCost"),
            Map.entry("nominationDeadline", "publishForm:deadline"),
            Map.entry("maxNominationsPerState", "publishForm:maxPerState"),
            Map.entry("womenTargetShare", "publishForm:women"));

    @Inject
    FellowshipCallService calls;

    @Inject
    Instance<Caller> caller;

    private String title;
    private List<String> regions =
            new ArrayList<>(java.util.Arrays.stream(org.clearinghouse.matching.domain.Region.values())
                    .map(Enum::name)
                    .toList());
    private String hostState;
    private String venue;
    private String start;
    private String end;
    private Integer seats;
    private Long seatCostUsd;
    private String deadline;
    private Integer maxPerState = 2;
    private Integer womenPercent = 50;

    public String publish() {
        return FormSubmission.withFields(FIELDS).call(() -> {
            calls.publish(
                    caller.get(),
                    new CallInput(
                            title,
                            regions,
                            hostState == null ? null : hostState.trim().toUpperCase(java.util.Locale.ROOT),
                            venue,
                            start,
                            end,
                            null,
                            null,
                            seats,
                            seatCostUsd,
                            deadline,
                            maxPerState,
                            womenPercent == null ? null : BigDecimal.valueOf(womenPercent, 2)));
            Texts.info("fellowship.publish.done", title);
            Texts.keepForRedirect();
            return "/secretariat/fellowship.xhtml?faces-redirect=true";
        });
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public String getHostState() {
        return hostState;
    }

    public void setHostState(String hostState) {
        this.hostState = hostState;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public Long getSeatCostUsd() {
        return seatCostUsd;
    }

    public void setSeatCostUsd(Long seatCostUsd) {
        this.seatCostUsd = seatCostUsd;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public Integer getMaxPerState() {
        return maxPerState;
    }

    public void setMaxPerState(Integer maxPerState) {
        this.maxPerState = maxPerState;
    }

    public Integer getWomenPercent() {
        return womenPercent;
    }

    public void setWomenPercent(Integer womenPercent) {
        this.womenPercent = womenPercent;
    }
}
