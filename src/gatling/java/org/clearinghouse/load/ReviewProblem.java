package org.clearinghouse.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem in the exchange format (docs/matching-rules.md) whose run gives the secretariat at least as many proposals
 * to review as it has requests: divisible requests of 60 recipient States over every area and four types, and one
 * offer of room enough for them per ten requests (the design of {@code ReviewSpeedIT}, which measures the review page
 * on the same size). Built from the server's own States and areas ({@code GET /states}, {@code GET /areas}).
 */
final class ReviewProblem {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern REGION = Pattern.compile("\"region\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final List<String> TYPES = List.of("FUNDING", "EQUIPMENT", "TRAINING", "EXPERTISE");
    private static final List<String> DONORS =
            List.of("DEU", "JPN", "EU", "UNDP", "FRA", "GBR", "NOR", "CAN", "AUS", "NLD");
    private static final int RECIPIENTS = 60;

    private ReviewProblem() {}

    /** The problem's JSON: {@code requests} requests and a tenth as many offers. */
    static String json(int requests, String statesJson, String areasJson) {
        List<String[]> recipients = recipients(statesJson);
        List<String> areas = codes(areasJson);
        if (recipients.size() < RECIPIENTS || areas.size() < 5) {
            throw new IllegalStateException("the server lists " + recipients.size() + " States and " + areas.size()
                    + " areas: too few for the review problem");
        }
        StringBuilder json = new StringBuilder(requests * 220);
        json.append("{\"formatVersion\":1,\"requests\":[");
        for (int i = 0; i < requests; i++) {
            String[] state = recipients.get(i % RECIPIENTS);
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"LOAD-R")
                    .append(i)
                    .append("\",\"state\":\"")
                    .append(state[0])
                    .append("\",\"region\":\"")
                    .append(state[1])
                    .append("\",\"area\":\"")
                    .append(areas.get(i % areas.size()))
                    .append("\",\"type\":\"")
                    .append(TYPES.get((i / areas.size()) % TYPES.size()))
                    .append("\",\"amountUsd\":")
                    .append(10_000 + (i * 7919L % 90) * 1_000)
                    .append(",\"divisible\":true,\"priority\":")
                    .append(1 + i % 5)
                    .append(",\"start\":\"2027-02\",\"end\":\"2027-10\"}");
        }
        json.append("],\"offers\":[");
        int offers = Math.max(1, requests / 10);
        for (int j = 0; j < offers; j++) {
            json.append(j == 0 ? "" : ",")
                    .append("{\"id\":\"LOAD-O")
                    .append(j)
                    .append("\",\"donor\":\"")
                    .append(DONORS.get(j % DONORS.size()))
                    .append("\",\"areas\":[\"")
                    .append(areas.get(j % areas.size()))
                    .append("\"],\"types\":[\"")
                    .append(TYPES.get((j / areas.size()) % TYPES.size()))
                    .append("\"],\"capacityUsd\":1500000,\"regions\":[],\"excludedStates\":[],")
                    .append("\"maxPerRequestUsd\":null,\"start\":\"2027-01\",\"end\":\"2027-12\"}");
        }
        json.append("],\"commitments\":[],\"rejections\":[]}");
        return json.toString();
    }

    /** Code and region of the States that are not among the offers' donors, in the server's order. */
    private static List<String[]> recipients(String statesJson) {
        List<String[]> recipients = new ArrayList<>();
        Matcher objects = OBJECT.matcher(statesJson);
        while (objects.find()) {
            Matcher code = CODE.matcher(objects.group());
            Matcher region = REGION.matcher(objects.group());
            if (code.find() && region.find() && !DONORS.contains(code.group(1))) {
                recipients.add(new String[] {code.group(1), region.group(1)});
            }
        }
        return recipients;
    }

    private static List<String> codes(String areasJson) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(areasJson);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
