package org.clearinghouse.directory.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reference data anybody may read. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** A State: ISO 3166-1 alpha-3 code, English name, UN M49 region and sub-region. */
    public record StateView(String code, String name, String region, String subRegion, boolean observer) {
    }

    public record OrganisationView(String code, String name, String kind) {
    }

    public record AreaView(String code, String description, String paragraphs) {
    }

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    @GET
    @Path("states")
    @Operation(summary = "The 193 UN Member States and 2 observer States; optionally of one region")
    public List<StateView> states(@QueryParam("region") String region) {
        FieldErrors errors = new FieldErrors();
        Region wanted = region == null ? null : errors.code("region", region, Region.class);
        errors.throwIfAny();
        var list = wanted == null ? states.findAll() : states.findByRegion(wanted);
        return list.stream()
                .map(s -> new StateView(s.getCode(), s.getName(), s.getRegion().name(), s.getSubRegion(), s.isObserver()))
                .toList();
    }

    @GET
    @Path("organisations")
    public List<OrganisationView> organisations() {
        return organisations.findAll().stream()
                .map(o -> new OrganisationView(o.getCode(), o.getName(), o.getKind().name()))
                .toList();
    }

    @GET
    @Path("areas")
    @Operation(summary = "Commitment areas with the paragraphs of the BMS7 outcome document they come from")
    public List<AreaView> areas() {
        return Arrays.stream(CommitmentArea.values())
                .map(a -> new AreaView(a.name(), a.description(), a.paragraphs()))
                .toList();
    }

    @GET
    @Path("types")
    public List<String> types() {
        return Arrays.stream(AssistanceType.values()).map(Enum::name).toList();
    }
}
