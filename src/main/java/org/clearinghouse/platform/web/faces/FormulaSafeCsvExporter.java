package org.clearinghouse.platform.web.faces;

import jakarta.faces.application.Application;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
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
     * Puts this exporter in place of PrimeFaces' CSV exporter when Faces has started (registered in faces-config.xml
     * as a system-event listener: PrimeFaces keeps its exporters in its Faces application context).
     */
    public static class Registration implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof Application;
        }

        @Override
        public void processEvent(SystemEvent event) {
            if (event instanceof PostConstructApplicationEvent) {
                DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
            }
        }
    }
}
