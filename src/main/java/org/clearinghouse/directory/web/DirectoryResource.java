package org.clearinghouse.directory.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data anybody may read. */
@Tag(name = "Directory")
@SecurityRequirementsSet
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** A State: ISO 3166-1 alpha-3 code, English name, UN M49 region and sub-region. */
    public record StateView(String code, String name, String region, String subRegion, boolean observer) {}

    public record OrganisationView(String code, String name, String kind) {}

    public record AreaView(String code, String description, String paragraphs) {}

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    @GET
    @Path("states")
    @Operation(
            operationId = "listStates",
            summary = "The 193 UN Member States and 2 observer States; optionally of one region")
    @Extension(name = "x-problems", value = "422")
    public List<StateView> states(@QueryParam("region") String region) {
        FieldErrors errors = new FieldErrors();
        Region wanted = region == null ? null : errors.code("region", region, Region.class);
        errors.throwIfAny();
        var list = wanted == null ? states.findAll() : states.findByRegion(wanted);
        return list.stream()
                .map(s ->
                        new StateView(s.getCode(), s.getName(), s.getRegion().name(), s.getSubRegion(), s.isObserver()))
                .toList();
    }

    @GET
    @Path("organisations")
    @Operation(
            operationId = "listOrganisations",
            summary = "Organisations that may act as donors (international, regional, funds, NGOs), with their kind")
    public List<OrganisationView> organisations() {
        return organisations.findAll().stream()
                .map(o -> new OrganisationView(
                        o.getCode(), o.getName(), o.getKind().name()))
                .toList();
    }

    @GET
    @Path("areas")
    @Operation(
            operationId = "listCommitmentAreas",
            summary = "Commitment areas with the paragraphs of the BMS7 outcome document they come from")
    public List<AreaView> areas() {
        return Arrays.stream(CommitmentArea.values())
                .map(a -> new AreaView(a.name(), a.description(), a.paragraphs()))
                .toList();
    }

    @GET
    @Path("types")
    @Operation(operationId = "listAssistanceTypes", summary = "The codes of the types of assistance")
    public List<String> types() {
        return Arrays.stream(AssistanceType.values()).map(Enum::name).toList();
    }
}
