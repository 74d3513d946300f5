package org.clearinghouse.platform.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
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

    /** Puts this exporter in place of PrimeFaces' CSV exporter when the application starts. */
    @ApplicationScoped
    public static class Registration {

        void register(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
            DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
        }
    }
}
