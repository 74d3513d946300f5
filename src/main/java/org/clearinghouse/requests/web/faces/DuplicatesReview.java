package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.DuplicatePair;
import org.clearinghouse.requests.application.DuplicateService;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.ValidationFailedException;

/**
 * The secretariat's duplicates page: undecided pairs of likely duplicate requests, most similar first; merge one into
 * the other (the merged one is withdrawn) or mark them distinct (never shown again).
 */
@Named
@ViewScoped
public class DuplicatesReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuplicateService duplicates;

    @Inject
    Instance<Caller> caller;

    private PagedModel<DuplicatePair> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> duplicates.pairs(caller.get(), page), DuplicatePair::key, null);
    }

    public void distinct(DuplicatePair pair) {
        decide(
                pair.requestId(),
                pair.otherId(),
                "DISTINCT",
                "duplicates.markedDistinct",
                pair.requestTitle(),
                pair.otherTitle());
    }

    /** Keeps the older request, withdraws the newer one. */
    public void mergeIntoFirst(DuplicatePair pair) {
        decide(pair.requestId(), pair.otherId(), "MERGE", "duplicates.merged", pair.otherTitle(), pair.requestTitle());
    }

    /** Keeps the newer request, withdraws the older one. */
    public void mergeIntoSecond(DuplicatePair pair) {
        decide(pair.otherId(), pair.requestId(), "MERGE", "duplicates.merged", pair.requestTitle(), pair.otherTitle());
    }

    private void decide(long kept, long other, String decision, String message, Object first, Object second) {
        FormSubmission.handling()
                .on(ConflictException.class, refused -> Texts.error("duplicates.refused", refused.getMessage()))
                .on(ValidationFailedException.class, refused -> Texts.error("duplicates.refused", refused.getMessage()))
                .run(() -> {
                    duplicates.decide(caller.get(), kept, other, decision);
                    Texts.info(message, first, second);
                });
    }

    public long percent(DuplicatePair pair) {
        return Math.round(pair.score() * 100);
    }

    public PagedModel<DuplicatePair> getModel() {
        return model;
    }
}
