package org.clearinghouse.platform.web.faces;

import java.util.Locale;

/** The language the person reading the page chose (a session bean of the accounts feature provides it). */
public interface ReaderLocale {

    Locale getLocale();
}
