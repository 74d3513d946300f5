package org.clearinghouse.notifications.application;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The portal's pages named in a notice (e.g. {@code /donor/request-messages.xhtml?id=12}) as full addresses for
 * e-mails, which are read outside the portal: {@code PUBLIC_URL} (the address people open the portal at, e.g.
 * {@code https://portal.example.org}) in front of the path. Without {@code PUBLIC_URL} the path stays as it is.
 */
final class MailLinks {

    /** A page of the portal: a path of one or more segments ending in {@code .xhtml}, with an optional query. */
    private static final Pattern PAGE_PATH = Pattern.compile("/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.xhtml(\\?[^\\s]*)?");

    private MailLinks() {}

    static List<String> absolute(List<String> args, String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return args;
        }
        String base = publicUrl.strip().replaceAll("/+$", "");
        return args.stream()
                .map(arg -> arg != null && PAGE_PATH.matcher(arg).matches() ? base + arg : arg)
                .toList();
    }
}
