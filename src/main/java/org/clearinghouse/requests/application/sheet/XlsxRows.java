package org.clearinghouse.requests.application.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.clearinghouse.shared.errors.UnreadableInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook read as a stream of rows (POI's event API: the sheet's XML is parsed with
 * SAX, never held as a workbook), so that reading stops at the row cap. Whole numbers come without decimals, dates
 * as their month (YYYY-MM), booleans as TRUE/FALSE, formulas as their saved result. Cells past
 * {@link RequestSheetReader#MAX_COLUMNS} are dropped.
 */
final class XlsxRows {

    /** No part of an uploaded workbook may unpack to more than this (a zip bomb stops here). */
    private static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
    }

    private XlsxRows() {}

    /** Reads the first sheet's rows into {@code sink} until the sheet ends or the sink wants no more. */
    static void read(InputStream xlsx, RowSink sink) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableInputException("The workbook has no sheet.");
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Rows rows = new Rows(sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), strings, rows, new MonthsAndWholeNumbers(), false));
                parser.parse(new InputSource(sheet));
            } catch (Enough enough) {
                // the sink has all it wants
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new UnreadableInputException("The body is not a readable XLSX workbook.");
        }
    }

    /** Collects each row's cells (blank cells as empty text) and hands the row to the sink. */
    private static final class Rows implements SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int nextRow;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            // rows the sheet leaves out are empty rows: they still count for the row numbers of the messages
            while (nextRow < rowNum) {
                handOver(List.of());
            }
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handOver(new ArrayList<>(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= RequestSheetReader.MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        private void handOver(List<String> row) {
            nextRow++;
            if (!sink.row(row)) {
                throw new Enough();
            }
        }
    }

    /** Numbers of a date format as their month; other numbers as plain decimals without trailing zeros. */
    private static final class MonthsAndWholeNumbers extends DataFormatter {

        MonthsAndWholeNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return YearMonth.from(DateUtil.getJavaDate(value).toInstant().atOffset(ZoneOffset.UTC))
                        .toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Thrown out of the SAX parser to stop reading once the sink has enough rows. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }
}
