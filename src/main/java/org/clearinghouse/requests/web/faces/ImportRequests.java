package org.clearinghouse.requests.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.RequestImportService;
import org.clearinghouse.requests.application.RequestImportService.Format;
import org.clearinghouse.requests.application.sheet.RequestColumns;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The import page (a recipient for its own State, the secretariat for any): the templates to download, one file to
 * upload (a multipart part of the Faces servlet); all or nothing, and when anything is wrong every bad row and cell listed in a table.
 */
@Named
@ViewScoped
public class ImportRequests implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern WHERE = Pattern.compile("row (\\d+)(?:, (.+))?");
    /** Largest file read, as the API. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** One problem of the file: its row (null for the whole file), its column (may be null) and what is wrong. */
    public record RowError(Integer row, String column, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    RequestImportService imports;

    @Inject
    Instance<Caller> caller;

    private transient Part file;
    private List<RowError> errors = List.of();
    private String fileName;
    private Integer imported;

    public StreamedContent getXlsxTemplate() {
        byte[] xlsx = imports.template(caller.get());
        return DefaultStreamedContent.builder().name("clearinghouse-requests.xlsx").contentType(XLSX).stream(
                        () -> new ByteArrayInputStream(xlsx))
                .build();
    }

    public StreamedContent getCsvTemplate() {
        byte[] csv = (String.join(",", RequestColumns.ALL) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("clearinghouse-requests.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public void upload() {
        errors = List.of();
        imported = null;
        if (file == null || file.getSize() == 0) {
            Texts.fieldError("importForm:file", "import.file.required");
            return;
        }
        fileName = file.getSubmittedFileName();
        if (file.getSize() > MAX_BYTES) {
            Texts.error("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Format format = name.endsWith(".csv") || name.endsWith(".txt") ? Format.CSV : Format.XLSX;
        FormSubmission.handling()
                .on(ValidationFailedException.class, invalid -> {
                    errors = rows(invalid.errors());
                    Texts.error("import.failed", fileName, errors.size());
                })
                .run(() -> {
                    RequestImportService.ImportResult result;
                    try (InputStream content = file.getInputStream()) {
                        // read as a stream: the import stops at its row cap while reading
                        result = imports.importRequests(caller.get(), content, format);
                    } catch (IOException unreadable) {
                        Texts.fieldError("importForm:file", "import.file.required");
                        return;
                    }
                    imported = result.imported();
                    Texts.info("import.done", result.imported(), fileName);
                });
    }

    /** "row 7, amountUsd" into row 7, column amountUsd. */
    static List<RowError> rows(List<FieldError> problems) {
        List<RowError> rows = new ArrayList<>();
        for (FieldError problem : problems) {
            Matcher m = WHERE.matcher(problem.field());
            if (m.matches()) {
                rows.add(new RowError(Integer.valueOf(m.group(1)), m.group(2), problem.message()));
            } else {
                rows.add(new RowError(null, problem.field().isBlank() ? null : problem.field(), problem.message()));
            }
        }
        return rows;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getImported() {
        return imported;
    }

    /** The columns of a file, in template order. */
    public String getColumnList() {
        return String.join(", ", RequestColumns.ALL);
    }
}
