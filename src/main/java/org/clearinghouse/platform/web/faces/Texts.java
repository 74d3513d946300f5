package org.clearinghouse.platform.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.shared.errors.ValidationFailedException;

/** Texts of the resource bundle in the page's language, and the messages a bean shows. */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {}

    /** The text of {@code key} in the view's language, with {@code {0}}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                context.getViewRoot() != null
                        ? context.getViewRoot().getLocale()
                        : context.getExternalContext().getRequestLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The language tag of the view ("ru", "zh"), for what the browser formats itself (chart numbers). */
    public static String languageTag() {
        FacesContext context = FacesContext.getCurrentInstance();
        return (context.getViewRoot() != null
                        ? context.getViewRoot().getLocale()
                        : context.getExternalContext().getRequestLocale())
                .toLanguageTag();
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** An error shown next to the field with this client id. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Messages survive the redirect that follows a successful save. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * The service's field errors next to the fields they name ({@code fieldIds}: the service's field name to the
     * client id); the others at the top of the page.
     */
    public static void fieldErrors(ValidationFailedException failure, Map<String, String> fieldIds) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<FieldError> errors = failure.errors();
        for (FieldError error : errors) {
            String field = error.field().replaceAll("\\[\\d+]$", "");
            String clientId = fieldIds.get(field);
            String message = clientId == null && !error.field().isEmpty()
                    ? error.field() + ": " + error.message()
                    : error.message();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        context.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
