package org.clearinghouse.requests.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.RequestStatus;

/** The recipient State's requests: a lazy table (one page read at a time), filters, submit for validation. */
@Named
@ViewScoped
public class MyRequests extends FilteredRequestList {

    private static final long serialVersionUID = 1L;

    public void submit(RequestView request) {
        FormSubmission.handling().conflict("error.conflict").run(() -> {
            requests.submit(caller.get(), request.id(), request.version());
            Texts.info("request.submitted", request.title());
        });
    }

    public boolean canEdit(RequestView request) {
        return EditRequest.EDITABLE.contains(request.status());
    }

    /** The statuses the list can be filtered by. */
    public List<String> getStatuses() {
        return Arrays.stream(RequestStatus.values()).map(Enum::name).toList();
    }
}
