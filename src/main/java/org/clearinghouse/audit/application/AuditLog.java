package org.clearinghouse.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.audit.domain.AuditEntry;
import org.clearinghouse.audit.domain.AuditFilter;
import org.clearinghouse.audit.domain.AuditLogRepository;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.clearinghouse.shared.security.SecurityEvent;

/**
 * Keeps every {@link SecurityEvent} the features fire, in the transaction of the change it records (or in one of its
 * own when there is none, as for a refused sign-in), and lets administrators read and export the log.
 */
@ApplicationScoped
public class AuditLog {

    /** Rows in one CSV export, at most (newest first). */
    static final int MAX_EXPORT_ROWS = 100_000;

    @Inject
    AuditLogRepository log;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(@Observes SecurityEvent event) {
        log.append(new AuditEntry(event, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)));
    }

    public Set<String> sortFields() {
        return log.sortFields();
    }

    /** One page of the log, newest first unless another sort is asked for (administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> find(Caller caller, AuditFilter filter, PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        PageRequest sorted =
                page.sortField() == null ? PageRequest.of(page.page(), page.size(), "id", SortDirection.DESC) : page;
        return log.find(filter, sorted).map(AuditEntryView::of);
    }

    /** The log as CSV (RFC 4180, UTF-8), newest first; text that a spreadsheet would run as a formula is quoted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void exportCsv(Caller caller, AuditFilter filter, Writer out) {
        caller.requireAnyRole(Role.ADMIN);
        try {
            out.write("id,occurredAtUtc,type,actor,subject,address,detail\r\n");
            int written = 0;
            for (int p = 0; written < MAX_EXPORT_ROWS; p++) {
                List<AuditEntryView> rows = log.find(
                                filter, PageRequest.of(p, PageRequest.MAX_SIZE, "id", SortDirection.DESC))
                        .map(AuditEntryView::of)
                        .items();
                for (AuditEntryView row : rows) {
                    out.write(String.join(
                                    ",",
                                    String.valueOf(row.id()),
                                    row.occurredAt().toString(),
                                    row.type(),
                                    CsvCell.of(row.actor()),
                                    CsvCell.of(row.subject()),
                                    CsvCell.of(row.address()),
                                    CsvCell.of(row.detail()))
                            + "\r\n");
                }
                written += rows.size();
                if (rows.size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
