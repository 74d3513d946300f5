package org.clearinghouse.notifications.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.notifications.application.InboxService;
import org.clearinghouse.platform.web.faces.Texts;

/** The inbox entry of the menu with the number of unread entries, counted once per request. */
@Named
@RequestScoped
public class InboxMenu {

    @Inject
    InboxService service;

    @Inject
    Instance<Caller> caller;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = service.unreadCount(caller.get());
        }
        return unread;
    }

    public String getLabel() {
        long count = getUnread();
        return count == 0 ? Texts.text("nav.inbox") : Texts.text("nav.inboxUnread", count);
    }
}
