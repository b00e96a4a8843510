package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The payments import file: its template (a header row and one example row to overwrite) and
 * reading its rows. Columns: 指标编号, 支付金额（元）, 支付日期, 收款人, 摘要, 公务卡（是/否）, 结算采购项目编号.
 * Reading keeps every value as text so that a bad cell is reported on its row, not lost.
 */
@Component
public class PaymentsXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADERS = {"指标编号", "支付金额（元）", "支付日期", "收款人", "摘要", "公务卡（是/否）", "结算采购项目编号"};

    private final Messages messages;

    PaymentsXlsx(Messages messages) {
        this.messages = messages;
    }

    public byte[] template() {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.get("ledger.import.sheet"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                sheet.setColumnWidth(c, 18 * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {"1", "1200.00", "2023-07-15", "南昌市某某办公用品有限公司", "7月办公用品", "否", ""};
            for (int c = 0; c < values.length; c++) {
                example.createCell(c).setCellValue(values[c]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows after the header, each with its row number as a spreadsheet shows it; blank rows are skipped. */
    public List<Payments.ImportRow> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", messages.get("ledger.import.noFile"));
        }
        List<Payments.ImportRow> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[HEADERS.length];
                boolean blank = true;
                for (int c = 0; c < HEADERS.length; c++) {
                    v[c] = text(row.getCell(c));
                    blank &= v[c] == null || v[c].isBlank();
                }
                if (blank) {
                    continue;
                }
                Long item = v[6] == null || v[6].isBlank() ? null : parseLong(v[6]);
                rows.add(new Payments.ImportRow(r + 1, v[0],
                    new PaymentInput(v[1], v[2], v[3], v[4], "是".equals(v[5]) || "true".equalsIgnoreCase(v[5]), item)));
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof ValidationException ve) {
                throw ve;
            }
            throw ValidationException.of("file", messages.get("ledger.import.notXlsx"));
        }
        return rows;
    }

    private Long parseLong(String text) {
        try {
            String t = text.strip();
            return Long.parseLong(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
        } catch (NumberFormatException notANumber) {
            return -1L;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                ? LocalDate.from(cell.getLocalDateTimeCellValue()).toString()
                : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> null;
        };
    }
}
