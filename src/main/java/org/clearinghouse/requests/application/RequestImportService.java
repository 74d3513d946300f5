package org.clearinghouse.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.requests.application.sheet.RequestSheetReader;
import org.clearinghouse.requests.application.sheet.RequestSheetTemplate;
import org.clearinghouse.requests.application.sheet.SheetRow;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.FieldErrors;

/**
 * Import of requests from a spreadsheet (XLSX or CSV), all or nothing: every unreadable cell and every broken rule
 * of every row is reported at once ({@code "row 7, amountUsd"}), and nothing is written unless all rows are good.
 * Imported requests are SUBMITTED. A recipient imports for its own State only (an empty state cell means its own);
 * the secretariat for any State. One transaction.
 */
@ApplicationScoped
@Transactional
public class RequestImportService {

    /** The file formats read. */
    public enum Format {
        XLSX,
        CSV
    }

    /** What an import created. */
    public record ImportResult(int imported, List<Long> ids) {}

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    StateRepository states;

    @Inject
    Validator validator;

    /** The XLSX template with the drop-down lists; for those who may import. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] template(Caller caller) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        return RequestSheetTemplate.write(states.findAll());
    }

    public ImportResult importRequests(Caller caller, byte[] file, Format format) {
        return importRequests(caller, new ByteArrayInputStream(file), format);
    }

    /**
     * Reads the file as a stream (the caller is checked before a byte of it is read) and stops reading at the first
     * row past {@link RequestSheetReader#MAX_ROWS}.
     */
    public ImportResult importRequests(Caller caller, InputStream file, Format format) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        FieldErrors errors = new FieldErrors();
        List<SheetRow> rows = format == Format.XLSX
                ? RequestSheetReader.readXlsx(file, errors)
                : RequestSheetReader.readCsv(file, errors);
        List<AssistanceRequest> built = new ArrayList<>();
        for (SheetRow row : rows) {
            FieldErrors rowErrors = new FieldErrors();
            State state = stateOf(caller, row.request().state(), rowErrors);
            AssistanceRequest request = new AssistanceRequest();
            RequestFields.apply(row.request(), state, request, rowErrors, validator);
            errors.addAll("row " + row.number() + ", ", rowErrors);
            built.add(request);
        }
        errors.throwIfAny();
        List<Long> ids = new ArrayList<>();
        for (AssistanceRequest request : built) {
            request.setStatus(RequestStatus.SUBMITTED);
            request.setActingUser(caller.username());
            ids.add(requests.save(request).getId());
        }
        return new ImportResult(ids.size(), ids);
    }

    private State stateOf(Caller caller, String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            if (caller.is(Role.RECIPIENT)) {
                return states.findByCode(caller.stateCode()).orElse(null);
            }
            errors.add("state", "is required (the ISO 3166-1 alpha-3 code of the recipient State).");
            return null;
        }
        State state = states.findByCode(code.trim()).orElse(null);
        if (state == null) {
            errors.add("state", "'" + code + "' is not the code of a UN Member or observer State.");
        } else if (caller.is(Role.RECIPIENT) && !caller.isRecipientOf(state.getCode())) {
            errors.add("state", "you may only import requests of your own State (" + caller.stateCode() + ").");
            return null;
        }
        return state;
    }
}
