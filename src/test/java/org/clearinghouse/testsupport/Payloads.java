package org.clearinghouse.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid request and offer bodies that tests change one field at a time. */
public final class Payloads {

    private Payloads() {}

    public static Map<String, Object> request(String state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Marking machines for the national commission");
        body.put("description", "Two marking machines and training of operators.");
        body.put("state", state);
        body.put("area", "MARKING_RECORD_KEEPING_TRACING");
        body.put("type", "EQUIPMENT");
        body.put("amountUsd", 120_000);
        body.put("divisible", false);
        body.put("priority", 2);
        body.put("start", "2027-03");
        body.put("end", "2027-12");
        body.put("publishSummaryConsent", true);
        return body;
    }

    public static Map<String, Object> offer(String donor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Support to stockpile management");
        body.put("description", "Funding and equipment for armouries.");
        body.put("donor", donor);
        body.put("areas", List.of("STOCKPILE_MANAGEMENT", "MARKING_RECORD_KEEPING_TRACING"));
        body.put("types", List.of("FUNDING", "EQUIPMENT"));
        body.put("capacityUsd", 900_000);
        body.put("regions", List.of("AFRICA"));
        body.put("excludedStates", List.of());
        body.put("maxPerRequestUsd", 300_000);
        body.put("start", "2027-01");
        body.put("end", "2028-12");
        return body;
    }

    /** A copy with some fields replaced (a null value removes the field). */
    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                copy.remove((String) keyValues[i]);
            } else {
                copy.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return copy;
    }
}
