package org.clearinghouse.directory.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;

/** The codes the selects offer (their labels are in the resource bundle: {@code area.CODE}, {@code type.CODE}...). */
@Named
@ApplicationScoped
public class Codes {

    /** A State as a picker shows it. */
    public record StateOption(String code, String name, String region) {}

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    private Map<String, StateOption> stateOptions;
    private Map<String, String> donorNames;

    @PostConstruct
    void load() {
        Map<String, StateOption> options = new LinkedHashMap<>();
        states.findAll()
                .forEach(s -> options.put(
                        s.getCode(),
                        new StateOption(s.getCode(), s.getName(), s.getRegion().name())));
        stateOptions = options;
        Map<String, String> donors = new LinkedHashMap<>();
        options.values().forEach(s -> donors.put(s.code(), s.name()));
        organisations.findAll().forEach(o -> donors.put(o.donorCode(), o.donorName()));
        donorNames = donors;
    }

    public List<String> getAreas() {
        return Arrays.stream(CommitmentArea.values()).map(Enum::name).toList();
    }

    /** The paragraphs of the outcome document an area comes from ("32–34, 59–60"). */
    public String paragraphs(String area) {
        return area == null || area.isBlank()
                ? ""
                : CommitmentArea.valueOf(area).paragraphs();
    }

    public List<String> getTypes() {
        return Arrays.stream(AssistanceType.values()).map(Enum::name).toList();
    }

    public List<String> getRegions() {
        return Arrays.stream(Region.values()).map(Enum::name).toList();
    }

    public List<Integer> getPriorities() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String stateName(String code) {
        StateOption option = code == null ? null : stateOptions.get(code);
        return option == null ? code : option.name();
    }

    /** A donor (State or organisation) by its name; an unknown code as it is. */
    public String donorName(String code) {
        String name = code == null ? null : donorNames.get(code);
        return name == null ? code : name;
    }

    /** States whose code or name contains the query, for the State picker (at most 15). */
    public List<String> completeState(String query) {
        String wanted = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return stateOptions.values().stream()
                .filter(s -> s.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || s.name().toLowerCase(Locale.ROOT).contains(wanted))
                .limit(15)
                .map(StateOption::code)
                .toList();
    }

    /** A severity for the status tag of a request, offer, proposal or matching run. */
    public String severity(String status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case "DRAFT" -> "secondary";
            case "SUBMITTED" -> "warning";
            case "VALIDATED", "OPEN" -> "info";
            case "PARTIALLY_FUNDED" -> "primary";
            case "FUNDED" -> "success";
            case "PROPOSED", "RUNNING" -> "warning";
            case "ENDORSED", "RECIPIENT_ACCEPTED", "DONOR_ACCEPTED" -> "info";
            case "COMMITTED", "IMPLEMENTING", "COMPLETED" -> "success";
            case "REJECTED", "DECLINED", "CANCELLED", "FAILED" -> "danger";
            default -> "contrast";
        };
    }
}
