package org.clearinghouse.alumni.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.alumni.application.AlumniService;
import org.clearinghouse.alumni.application.AlumnusView;
import org.clearinghouse.alumni.application.FollowUpInput;
import org.clearinghouse.alumni.application.FollowUpView;
import org.clearinghouse.alumni.domain.FollowUp;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * A recipient State's alumni: who attended or completed a course, certificate links, and the follow-ups at 6 and 12
 * months, which the State writes in its own words once each opens.
 */
@Named
@ViewScoped
public class AlumniPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlumniService alumni;

    @Inject
    Instance<Caller> caller;

    @Inject
    Clock clock;

    private List<AlumnusView> list = List.of();
    private List<FollowUpRow> rows = List.of();

    /** One follow-up of one alumnus as the page edits it. */
    public static final class FollowUpRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final AlumnusView alumnus;
        private final FollowUpView followUp;
        private final boolean open;
        private String applied;

        FollowUpRow(AlumnusView alumnus, FollowUpView followUp, boolean open) {
            this.alumnus = alumnus;
            this.followUp = followUp;
            this.open = open;
            this.applied = followUp.applied();
        }

        public AlumnusView getAlumnus() {
            return alumnus;
        }

        public FollowUpView getFollowUp() {
            return followUp;
        }

        public boolean isOpen() {
            return open;
        }

        public String getApplied() {
            return applied;
        }

        public void setApplied(String applied) {
            this.applied = applied;
        }

        public String getKey() {
            return alumnus.nominationId() + "-" + followUp.months();
        }
    }

    public void load() {
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            refresh();
        }
    }

    private void refresh() {
        list = alumni.alumni(caller.get());
        LocalDate today = LocalDate.now(clock);
        List<FollowUpRow> all = new ArrayList<>();
        for (AlumnusView a : list) {
            for (FollowUpView f : a.followUps()) {
                all.add(new FollowUpRow(a, f, !today.isBefore(LocalDate.parse(f.opensOn()))));
            }
        }
        rows = all;
    }

    /** Saves one follow-up, with the version the page showed. */
    public void save(FollowUpRow row) {
        if (row.getApplied() == null
                || row.getApplied().isBlank()
                || row.getApplied().length() > FollowUp.MAX_LENGTH) {
            Texts.error("alumni.applied.required");
            return;
        }
        FormSubmission.handling()
                .conflict("alumni.error.conflict")
                .on(ConflictException.class, c -> refresh())
                .run(() -> {
                    alumni.enterFollowUp(
                            caller.get(),
                            row.getAlumnus().nominationId(),
                            row.getFollowUp().months(),
                            new FollowUpInput(
                                    row.getApplied(), row.getFollowUp().version()));
                    Texts.info("alumni.saved");
                    refresh();
                });
    }

    public List<AlumnusView> getAlumni() {
        return list;
    }

    public List<FollowUpRow> getRows() {
        return rows;
    }
}
