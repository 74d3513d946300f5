package org.clearinghouse.alumni.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.alumni.application.AlumniService;
import org.clearinghouse.alumni.application.AlumnusView;
import org.clearinghouse.alumni.application.CertificatePdf;
import org.clearinghouse.alumni.application.FollowUpInput;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Fellowship alumni: the secretariat reads all, a recipient State its own (anyone else: 404 for one, 403 for the
 * list); the nominating State enters the follow-ups; certificates of completion as PDF.
 */
@Tag(name = "Fellowship")
@Path("fellowship/alumni")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlumniResource {

    /** The media type of certificates. */
    public static final String PDF = "application/pdf";

    @Inject
    AlumniService alumni;

    @Inject
    CertificatePdf pdf;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listFellowshipAlumni",
            summary = "Alumni who attended or completed a course: all (secretariat), its State's (recipient)")
    @Extension(name = "x-problems", value = "403")
    public List<AlumnusView> list() {
        return alumni.alumni(caller);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getFellowshipAlumnus",
            summary = "One alumnus with its follow-ups (secretariat or the nominating State; 404 for others)")
    public AlumnusView get(@PathParam("id") long nominationId) {
        return alumni.alumnus(caller, nominationId);
    }

    @GET
    @Path("{id}/certificate")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getFellowshipCertificate",
            summary = "Certificate of completion as PDF (secretariat or the nominating State; 409 unless completed)")
    @Extension(name = "x-problems", value = "404 409")
    public Response certificate(
            @PathParam("id") long nominationId, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale language = SupportedLanguages.find(lang)
                .or(() -> headers.getAcceptableLanguages().stream()
                        .map(SupportedLanguages::find)
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(SupportedLanguages.DEFAULT)
                .locale();
        byte[] bytes = pdf.write(alumni.certificate(caller, nominationId), language);
        return Response.ok(bytes, PDF)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"fellowship-certificate-" + nominationId + ".pdf\"")
                .build();
    }

    @PUT
    @Path("{id}/follow-ups/{months}")
    @Operation(
            operationId = "enterFellowshipFollowUp",
            summary = "What the alumnus applied, 6 or 12 months after the course, in the State's own words (recipient)")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public AlumnusView followUp(
            @PathParam("id") long nominationId, @PathParam("months") int months, FollowUpInput input) {
        return alumni.enterFollowUp(
                caller, nominationId, months, input == null ? new FollowUpInput(null, null) : input);
    }
}
