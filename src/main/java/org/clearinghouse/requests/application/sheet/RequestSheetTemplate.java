package org.clearinghouse.requests.application.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.requests.domain.GenderMarker;

/**
 * The XLSX template of the request import: sheet "requests" with the header row and drop-down lists (area, type,
 * State, divisible and consent yes/no, priority 1 to 5; start and end kept as text so that Excel does not turn
 * "2027-03" into a date), and sheet "codes" with the lists and their meaning (States with their name and region).
 */
public final class RequestSheetTemplate {

    public static final String SHEET = "requests";
    public static final String CODES = "codes";
    /** Rows of the requests sheet that carry the drop-down lists (the header is row 1). */
    public static final int VALIDATED_ROWS = RequestSheetReader.MAX_ROWS;

    private RequestSheetTemplate() {}

    public static byte[] write(List<State> states) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet requests = workbook.createSheet(SHEET);
            Sheet codes = workbook.createSheet(CODES);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Row header = requests.createRow(0);
            for (int c = 0; c < RequestColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(RequestColumns.ALL.get(c));
                header.getCell(c).setCellStyle(bold);
                requests.setColumnWidth(c, 18 * 256);
            }
            requests.setColumnWidth(column(RequestColumns.TITLE), 40 * 256);
            requests.setColumnWidth(column(RequestColumns.DESCRIPTION), 60 * 256);
            requests.setDefaultColumnStyle(column(RequestColumns.START), text);
            requests.setDefaultColumnStyle(column(RequestColumns.END), text);
            requests.createFreezePane(0, 1);

            Row codesHeader = codes.createRow(0);
            String[] titles = {
                "area",
                "area description",
                "type",
                "state",
                "state name",
                "region",
                "region (all)",
                "yes/no",
                "gender marker (OECD DAC)",
                "DAC score"
            };
            for (int c = 0; c < titles.length; c++) {
                codesHeader.createCell(c).setCellValue(titles[c]);
                codesHeader.getCell(c).setCellStyle(bold);
            }
            CommitmentArea[] areas = CommitmentArea.values();
            for (int i = 0; i < areas.length; i++) {
                row(codes, i + 1).createCell(0).setCellValue(areas[i].name());
                row(codes, i + 1).createCell(1).setCellValue(areas[i].description());
            }
            AssistanceType[] types = AssistanceType.values();
            for (int i = 0; i < types.length; i++) {
                row(codes, i + 1).createCell(2).setCellValue(types[i].name());
            }
            for (int i = 0; i < states.size(); i++) {
                State state = states.get(i);
                row(codes, i + 1).createCell(3).setCellValue(state.getCode());
                row(codes, i + 1).createCell(4).setCellValue(state.getName());
                row(codes, i + 1).createCell(5).setCellValue(state.getRegion().name());
            }
            Region[] regions = Region.values();
            for (int i = 0; i < regions.length; i++) {
                row(codes, i + 1).createCell(6).setCellValue(regions[i].name());
            }
            row(codes, 1).createCell(7).setCellValue("TRUE");
            row(codes, 2).createCell(7).setCellValue("FALSE");
            GenderMarker[] markers = GenderMarker.values();
            for (int i = 0; i < markers.length; i++) {
                row(codes, i + 1).createCell(8).setCellValue(markers[i].name());
                row(codes, i + 1).createCell(9).setCellValue(markers[i].dacScore());
            }
            codes.setColumnWidth(1, 50 * 256);
            codes.setColumnWidth(4, 40 * 256);
            codes.setColumnWidth(8, 26 * 256);

            DataValidationHelper helper = requests.getDataValidationHelper();
            list(workbook, requests, helper, "AreaCodes", 0, areas.length, RequestColumns.AREA);
            list(workbook, requests, helper, "TypeCodes", 2, types.length, RequestColumns.TYPE);
            list(workbook, requests, helper, "StateCodes", 3, states.size(), RequestColumns.STATE);
            list(workbook, requests, helper, "YesNo", 7, 2, RequestColumns.DIVISIBLE);
            list(workbook, requests, helper, "YesNo", 7, 2, RequestColumns.CONSENT);
            list(workbook, requests, helper, "GenderMarkers", 8, markers.length, RequestColumns.GENDER_MARKER);
            DataValidationConstraint priority =
                    helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "5");
            add(
                    requests,
                    helper,
                    priority,
                    RequestColumns.PRIORITY,
                    "Priority",
                    "A whole number: 1 (highest) to 5 (lowest).");
            DataValidationConstraint amount =
                    helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "1", null);
            add(requests, helper, amount, RequestColumns.AMOUNT, "Amount", "Whole US dollars, at least 1.");

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index of a column of the template. */
    public static int column(String name) {
        return RequestColumns.ALL.indexOf(name);
    }

    private static void list(
            XSSFWorkbook workbook,
            Sheet requests,
            DataValidationHelper helper,
            String name,
            int codesColumn,
            int count,
            String column) {
        if (workbook.getName(name) == null) {
            Name range = workbook.createName();
            range.setNameName(name);
            String letter = CellReference.convertNumToColString(codesColumn);
            range.setRefersToFormula(CODES + "!$" + letter + "$2:$" + letter + "$" + (count + 1));
        }
        add(
                requests,
                helper,
                helper.createFormulaListConstraint(name),
                column,
                column,
                "Choose a code from the list (sheet " + CODES + ").");
    }

    private static void add(
            Sheet requests,
            DataValidationHelper helper,
            DataValidationConstraint constraint,
            String column,
            String title,
            String message) {
        int c = column(column);
        DataValidation validation = helper.createValidation(
                constraint,
                new CellRangeAddressList(
                        1, Math.min(VALIDATED_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()), c, c));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, message);
        requests.addValidationData(validation);
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
