package org.clearinghouse.matchingruns.application;

/** Ids of database rows in the exchange format: {@code R-17} for request 17, {@code O-4} for offer 4. */
public final class ExchangeIds {

    private ExchangeIds() {}

    public static String request(long id) {
        return "R-" + id;
    }

    public static String offer(long id) {
        return "O-" + id;
    }

    /** The database id of an exchange id with the given prefix, or -1 when it is not of that form. */
    public static long parse(String exchangeId, char prefix) {
        if (exchangeId == null
                || exchangeId.length() < 3
                || exchangeId.charAt(0) != prefix
                || exchangeId.charAt(1) != '-') {
            return -1;
        }
        try {
            return Long.parseLong(exchangeId.substring(2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
