/**
 * The languages of the portal, in one place: each language's code, its own name, its writing direction and how it
 * writes a month. Pages, the Faces configuration, account preferences, notifications and the bundle tests all read
 * {@link org.clearinghouse.shared.i18n.SupportedLanguages}. Plain Java, no Jakarta imports.
 */
package org.clearinghouse.shared.i18n;
