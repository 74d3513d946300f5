package org.clearinghouse.notifications.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.web.faces.LanguageSwitcher;
import org.clearinghouse.notifications.application.InboxService;
import org.clearinghouse.notifications.application.InboxView;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;

/** The inbox page of a recipient State, a donor or the secretariat: all or unread entries, mark one or all read. */
@Named("inbox")
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxService service;

    @Inject
    Instance<Caller> caller;

    @Inject
    LanguageSwitcher language;

    private boolean unreadOnly;
    private PagedModel<InboxView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> service.inbox(caller.get(), page, unreadOnly, language.getLocale()),
                e -> Long.toString(e.id()),
                null);
    }

    public void markRead(InboxView entry) {
        service.markRead(caller.get(), entry.id());
    }

    public void markAllRead() {
        Texts.info("inbox.markedAll", service.markAllRead(caller.get()));
    }

    public PagedModel<InboxView> getModel() {
        return model;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
