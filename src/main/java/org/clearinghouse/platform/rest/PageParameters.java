package org.clearinghouse.platform.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;

/**
 * {@code ?page=0&size=20&sort=amountUsd,desc} of a list: zero-based page, page size 1 to 200, and an optional sort
 * field (from the resource's list) with {@code asc} or {@code desc}.
 */
public class PageParameters {

    /** Text, not a number: a value that is not one (or too large for one) is a 422 with its reason, not a 404. */
    @QueryParam("page")
    @DefaultValue("0")
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    public String size;

    @QueryParam("sort")
    public String sort;

    /**
     * The page asked for, or problems recorded in {@code errors}. {@code sortFields} maps the API's field names to
     * the repository's (they are the same unless said otherwise).
     */
    public PageRequest toPageRequest(
            Set<String> sortFields, java.util.Map<String, String> apiToRepository, FieldErrors errors) {
        long pageNumber = wholeNumber(page, 0);
        long pageSize = wholeNumber(size, 20);
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            errors.add("size", "must be a whole number between 1 and " + PageRequest.MAX_SIZE + ".");
        } else if (pageNumber < 0 || pageNumber > Integer.MAX_VALUE / pageSize) {
            errors.add("page", "must be a whole number between 0 and " + Integer.MAX_VALUE / pageSize + ".");
        }
        String field = null;
        SortDirection direction = SortDirection.ASC;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            String apiField = parts[0].trim();
            field = apiToRepository.getOrDefault(apiField, apiField);
            if (!sortFields.contains(field)) {
                errors.add(
                        "sort",
                        "'" + apiField + "' cannot be sorted on; use one of " + apiFields(sortFields, apiToRepository)
                                + ".");
            }
            if (parts.length == 2) {
                String dir = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
                if (dir.equals("desc")) {
                    direction = SortDirection.DESC;
                } else if (!dir.equals("asc")) {
                    errors.add("sort", "the direction must be asc or desc, not '" + parts[1] + "'.");
                }
            }
        }
        errors.throwIfAny();
        return PageRequest.of((int) pageNumber, (int) pageSize, field, direction);
    }

    /** The number written, its default when absent, or -1 when it is not a whole number that fits. */
    private static long wholeNumber(String text, long absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String digits = text.trim();
        if (digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    private static java.util.List<String> apiFields(
            Set<String> sortFields, java.util.Map<String, String> apiToRepository) {
        java.util.Map<String, String> reverse = new java.util.HashMap<>();
        apiToRepository.forEach((api, repo) -> reverse.put(repo, api));
        return sortFields.stream().map(f -> reverse.getOrDefault(f, f)).sorted().toList();
    }
}
