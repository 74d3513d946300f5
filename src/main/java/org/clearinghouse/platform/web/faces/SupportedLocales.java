package org.clearinghouse.platform.web.faces;

import jakarta.faces.application.Application;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.clearinghouse.shared.i18n.SupportedLanguages;

/**
 * Gives Faces its default and supported locales from {@link SupportedLanguages} when the application starts, so
 * that faces-config.xml names no language of its own (registered there as a system-event listener).
 */
public class SupportedLocales implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostConstructApplicationEvent started) {
            apply(started.getApplication());
        }
    }

    static void apply(Application application) {
        application.setDefaultLocale(SupportedLanguages.DEFAULT.locale());
        application.setSupportedLocales(SupportedLanguages.locales());
    }
}
