package org.clearinghouse.platform.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.clearinghouse.shared.errors.DatabaseUnavailable;

/**
 * A page that fails because the database cannot be reached is answered 503 with {@code Retry-After} (by the
 * container's error page, {@code ErrorPageServlet}), not redirected to a 200 error page as PrimeFaces' exception
 * handler, which this one wraps, does with every other failure of a full page request. Ajax requests keep PrimeFaces'
 * handling.
 */
public class DatabaseUnavailableExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DatabaseUnavailableExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null
                    && !context.getPartialViewContext().isAjaxRequest()
                    && !context.getExternalContext().isResponseCommitted()) {
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable thrown = events.next().getContext().getException();
                    if (DatabaseUnavailable.isCauseOf(thrown)) {
                        events.remove();
                        // up to the servlet container, whose error page answers 503 with Retry-After
                        throw new FacesException(thrown);
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
