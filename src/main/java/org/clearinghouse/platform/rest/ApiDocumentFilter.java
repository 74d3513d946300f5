package org.clearinghouse.platform.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the served OpenAPI document (registered as {@code mp.openapi.filter}): every operation states its own
 * security, and lists the problem responses that follow from its shape, as references to the responses declared in
 * {@code META-INF/openapi.yaml}:
 * <ul>
 * <li>security: an operation that declares none takes the API's (HTTP Basic or the portal's session); public ones
 * declare {@code @SecurityRequirementsSet} with no requirement ({@code security: [{}]});</li>
 * <li>400 when it reads a request body (a body that cannot be read or is not JSON of the expected shape);</li>
 * <li>401 on every operation: those that need a caller refuse anonymous calls, and wrong credentials are refused
 * whatever the operation;</li>
 * <li>404 when its path names a resource ({@code {id}}, {@code {code}}: unknown, or not a number);</li>
 * <li>422 when it takes paging parameters ({@code page}, {@code size}, {@code sort} are checked).</li>
 * </ul>
 * What depends on a service's rules (403 for a role or party, 409 for a stale version or a status, 422 for the
 * fields of a body or a filter) is named on the resource method, next to the code that decides it:
 * {@code @Extension(name = "x-problems", value = "403 409 422")}. (Not {@code @APIResponse}: an operation that
 * declares any response loses the success response generated from the method's return type.) The extension is
 * turned into those responses and removed from the document.
 */
public class ApiDocumentFilter implements OASFilter {

    /** The extension by which a resource method names the problems its service's rules can answer. */
    public static final String PROBLEMS_EXTENSION = "x-problems";

    /** Problem responses by status, as named under {@code components.responses}. */
    static final Map<String, String> PROBLEMS = Map.of(
            "400",
            "BadRequest",
            "401",
            "Unauthorized",
            "403",
            "Forbidden",
            "404",
            "NotFound",
            "409",
            "Conflict",
            "413",
            "PayloadTooLarge",
            "422",
            "InvalidInput");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<SecurityRequirement> signedIn = openAPI.getSecurity() == null ? List.of() : openAPI.getSecurity();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                    if (operation.getSecurity() == null && !signedIn.isEmpty()) {
                        operation.setSecurity(copy(signedIn));
                    }
                    addProblemResponses(path, operation);
                }));
    }

    private static void addProblemResponses(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        for (String status : declaredProblems(operation)) {
            addIfAbsent(responses, status);
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "400");
            addIfAbsent(responses, "413");
        }
        addIfAbsent(responses, "401");
        if (path.contains("{")) {
            addIfAbsent(responses, "404");
        }
        if (hasQueryParameter(operation, "page")) {
            addIfAbsent(responses, "422");
        }
        sortByStatus(responses);
    }

    private static List<String> declaredProblems(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getExtensions() != null) {
            // a method that also declares @RequestBody hands its extensions to the body as well: one place only
            operation.getRequestBody().removeExtension(PROBLEMS_EXTENSION);
        }
        Object declared = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(PROBLEMS_EXTENSION);
        if (declared == null) {
            return List.of();
        }
        operation.removeExtension(PROBLEMS_EXTENSION);
        List<String> statuses = List.of(declared.toString().trim().split("[\\s,]+"));
        for (String status : statuses) {
            if (!PROBLEMS.containsKey(status)) {
                throw new IllegalArgumentException("Operation " + operation.getOperationId() + " names problem "
                        + status + "; known: " + new java.util.TreeSet<>(PROBLEMS.keySet()));
            }
        }
        return statuses;
    }

    private static void addIfAbsent(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(PROBLEMS.get(status)));
        }
    }

    private static boolean hasQueryParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
    }

    /** Success first, then the problems by status: the order a reader looks for them in. */
    private static void sortByStatus(APIResponses responses) {
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        responses.getAPIResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(sorted);
    }

    private static List<SecurityRequirement> copy(List<SecurityRequirement> requirements) {
        List<SecurityRequirement> copies = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement copy = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach(copy::addScheme);
            copies.add(copy);
        }
        return copies;
    }
}
