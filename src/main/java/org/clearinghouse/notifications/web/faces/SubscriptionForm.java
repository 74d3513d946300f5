package org.clearinghouse.notifications.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.notifications.application.SubscriptionService;
import org.clearinghouse.notifications.application.SubscriptionView;
import org.clearinghouse.platform.web.faces.Texts;

/** A donor's subscription to new validated needs, on the donor's inbox page. */
@Named
@ViewScoped
public class SubscriptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubscriptionService service;

    @Inject
    Instance<Caller> caller;

    private boolean active;
    private List<String> areas = new ArrayList<>();
    private List<String> regions = new ArrayList<>();

    @PostConstruct
    void init() {
        SubscriptionView current = service.get(caller.get());
        active = Boolean.TRUE.equals(current.active());
        areas = new ArrayList<>(current.areas());
        regions = new ArrayList<>(current.regions());
    }

    public void save() {
        service.put(caller.get(), new SubscriptionView(active, areas, regions));
        Texts.info("subscription.saved");
    }

    public List<String> getAllAreas() {
        return Arrays.stream(CommitmentArea.values()).map(Enum::name).toList();
    }

    public List<String> getAllRegions() {
        return Arrays.stream(Region.values()).map(Enum::name).toList();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : areas;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }
}
