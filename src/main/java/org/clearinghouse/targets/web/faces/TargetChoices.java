package org.clearinghouse.targets.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.targets.application.TargetService;
import org.clearinghouse.targets.application.TargetView;

/** The targets a recipient's request may be linked to (its State's and its region's), for the request form. */
@Named
@RequestScoped
public class TargetChoices {

    @Inject
    TargetService targets;

    @Inject
    Caller caller;

    private List<TargetView> choices;

    @PostConstruct
    void load() {
        choices = targets.servableBy(caller);
    }

    public List<TargetView> getChoices() {
        return choices;
    }
}
