package org.clearinghouse.notifications.application;

import java.util.List;

/**
 * A donor's subscription to new validated needs, as the API reads and writes it: area and region codes, where an
 * empty list means every area (or region); {@code active = false} (or never subscribed) means no notice.
 */
public record SubscriptionView(Boolean active, List<String> areas, List<String> regions) {}
