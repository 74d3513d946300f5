package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The national priority ranking: the State's open requests in the order the focal point drags them into (or moves
 * with the keyboard buttons); saving gives the first five priorities 1 to 5 and every later one 5.
 */
@Named
@ViewScoped
public class RankRequests implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    Instance<Caller> caller;

    private List<RequestView> ranking;
    private boolean changed;

    @PostConstruct
    void load() {
        List<RequestView> open = new ArrayList<>(requests.list(
                        caller.get(),
                        AssistanceRequestFilter.ANY.withStatuses(RequestService.RANKED.toArray(RequestStatus[]::new)),
                        PageRequest.of(0, PageRequest.MAX_SIZE))
                .items());
        open.sort(Comparator.comparingInt(RequestView::priority).thenComparingLong(RequestView::id));
        ranking = open;
        changed = false;
    }

    /** After a drag and drop (PrimeFaces has already reordered the list). */
    public void reordered() {
        changed = true;
    }

    public void moveUp(int index) {
        if (index > 0 && index < ranking.size()) {
            ranking.add(index - 1, ranking.remove(index));
            changed = true;
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < ranking.size() - 1) {
            ranking.add(index + 1, ranking.remove(index));
            changed = true;
        }
    }

    public void save() {
        FormSubmission.handling()
                .on(ConflictException.class, conflict -> load())
                .conflict("error.conflict")
                .run(() -> {
                    requests.rank(
                            caller.get(), ranking.stream().map(RequestView::id).toList());
                    load();
                    Texts.info("ranking.saved");
                });
    }

    public void reset() {
        load();
    }

    /** The priority a position gets: 1 to 5, then 5. */
    public int priorityAt(int index) {
        return Math.min(index + 1, 5);
    }

    public List<RequestView> getRanking() {
        return ranking;
    }

    public boolean isChanged() {
        return changed;
    }
}
