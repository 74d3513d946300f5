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

    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    public int size;

    @QueryParam("sort")
    public String sort;

    /**
     * The page asked for, or problems recorded in {@code errors}. {@code sortFields} maps the API's field names to
     * the repository's (they are the same unless said otherwise).
     */
    public PageRequest toPageRequest(
            Set<String> sortFields, java.util.Map<String, String> apiToRepository, FieldErrors errors) {
        if (page < 0) {
            errors.add("page", "must be 0 or more.");
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            errors.add("size", "must be between 1 and " + PageRequest.MAX_SIZE + ".");
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
        return PageRequest.of(page, size, field, direction);
    }

    private static java.util.List<String> apiFields(
            Set<String> sortFields, java.util.Map<String, String> apiToRepository) {
        java.util.Map<String, String> reverse = new java.util.HashMap<>();
        apiToRepository.forEach((api, repo) -> reverse.put(repo, api));
        return sortFields.stream().map(f -> reverse.getOrDefault(f, f)).sorted().toList();
    }
}
