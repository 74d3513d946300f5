package org.clearinghouse.requests.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Locale;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.rest.Upload;
import org.clearinghouse.requests.application.RequestImportService;
import org.clearinghouse.requests.application.RequestImportService.Format;
import org.clearinghouse.shared.errors.UnreadableInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spreadsheet import of requests: the XLSX template, and the upload (raw XLSX or CSV body, or multipart "file"). */
@Tag(name = "Requests")
@Path("imports/requests")
public class RequestImportsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /**
     * The three ways to send a file are one operation of the API: the XLSX method describes it (with every media type
     * it takes); the other two are hidden from the document, so that the operation id is given once.
     */
    private static final String IMPORT_ID = "importRequests";

    private static final String IMPORT_SUMMARY =
            "Import requests from a spreadsheet: all or nothing, every bad cell" + " named by its row";
    private static final String IMPORT_DESCRIPTION = "The body is the XLSX file, or a CSV file (UTF-8; comma or"
            + " semicolon), or a form (multipart) whose part named `file` is either.";

    @Inject
    RequestImportService service;

    @Inject
    Caller caller;

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    @Operation(
            operationId = "getRequestImportTemplate",
            summary = "The XLSX template: header row and drop-down lists of the codes")
    @Extension(name = "x-problems", value = "403")
    public Response template() {
        return Response.ok(service.template(caller), XLSX)
                .header("Content-Disposition", "attachment; filename=\"clearinghouse-requests.xlsx\"")
                .build();
    }

    @POST
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = IMPORT_ID, summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema =
                                @Schema(
                                        type = SchemaType.OBJECT,
                                        properties =
                                                @SchemaProperty(
                                                        name = "file",
                                                        type = SchemaType.STRING,
                                                        format = "binary")))
            })
    @Extension(name = "x-problems", value = "403 413 422")
    @Upload(readableBy = {"RECIPIENT", "SECRETARIAT"})
    public Response importXlsx(InputStream body) {
        return created(service.importRequests(caller, nonEmpty(body), Format.XLSX));
    }

    @POST
    @Consumes({"text/csv", "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // described by importXlsx: one operation
    @Upload(readableBy = {"RECIPIENT", "SECRETARIAT"})
    public Response importCsv(InputStream body) {
        return created(service.importRequests(caller, nonEmpty(body), Format.CSV));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // described by importXlsx: one operation
    @Upload(readableBy = {"RECIPIENT", "SECRETARIAT"})
    public Response importForm(List<EntityPart> parts) throws IOException {
        caller.requireSignedIn();
        EntityPart file = parts.stream()
                .filter(p -> "file".equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new UnreadableInputException("The form has no part named \"file\"."));
        String name = file.getFileName().orElse("").toLowerCase(Locale.ROOT);
        String type = file.getMediaType() == null
                ? ""
                : file.getMediaType().toString().toLowerCase(Locale.ROOT);
        Format format = name.endsWith(".csv") || type.startsWith("text/csv") || type.startsWith("application/csv")
                ? Format.CSV
                : Format.XLSX;
        return created(service.importRequests(caller, nonEmpty(file.getContent()), format));
    }

    private static Response created(RequestImportService.ImportResult result) {
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(result)
                .build();
    }

    /**
     * The body as it comes (read by the import as a stream; its size is bounded while it is read, see
     * {@code BodyLimitFilter}); an empty one is refused here.
     */
    private static InputStream nonEmpty(InputStream body) {
        PushbackInputStream in = new PushbackInputStream(body == null ? InputStream.nullInputStream() : body, 1);
        try {
            int first = in.read();
            if (first < 0) {
                throw new UnreadableInputException("The body is empty: send the spreadsheet.");
            }
            in.unread(first);
            return in;
        } catch (IOException e) {
            throw new UnreadableInputException("The file could not be read.");
        }
    }
}
