package org.clearinghouse.platform.web.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clearinghouse.shared.text.SpreadsheetText;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * The CSV export of every table ({@code p:dataExporter type="csv"}): PrimeFaces' own, with text that a spreadsheet
 * would run as a formula (a title such as {@code =HYPERLINK(...)}) written so that it is shown, not run. XLSX exports
 * need nothing: their cells are text cells, never formulas.
 */
public class FormulaSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(SpreadsheetText.neutralised(value));
    }

    /**
     * Puts this exporter in place of PrimeFaces' CSV exporter at the first request (a phase listener in
     * faces-config.xml): PrimeFaces keeps its exporters in a Faces application context that can only be made while
     * a request is served, not while the application starts.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final AtomicBoolean REGISTERED = new AtomicBoolean();

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!REGISTERED.get()) {
                DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
                REGISTERED.set(true);
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // nothing after restoring the view
        }
    }
}
