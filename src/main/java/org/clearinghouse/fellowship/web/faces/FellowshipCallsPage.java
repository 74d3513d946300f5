package org.clearinghouse.fellowship.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clearinghouse.fellowship.application.CallView;
import org.clearinghouse.fellowship.application.FellowshipCallService;

/** The secretariat's list of fellowship calls: terms, funded seats, counts of nominations and status. */
@Named
@RequestScoped
public class FellowshipCallsPage {

    @Inject
    FellowshipCallService calls;

    private List<CallView> list;

    public List<CallView> getCalls() {
        if (list == null) {
            list = calls.list();
        }
        return list;
    }
}
