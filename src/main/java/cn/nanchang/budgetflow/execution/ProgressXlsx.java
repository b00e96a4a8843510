package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The progress as an Excel workbook: the rows by section, kind and project, then the sums by
 * section and by kind. Amounts in yuan and rates in percent as numbers with two decimals, so that
 * 财务 can add them up; a rate below the threshold in red, as on the page; one column per month
 * that is over with what was spent by its end.
 */
final class ProgressXlsx {

    private ProgressXlsx() {
    }

    static byte[] write(Progress p, Messages m) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            sheet(book.createSheet(m.get("execution.xlsx.rows")), p, p.rows(), m, styles);
            sheet(book.createSheet(m.get("execution.xlsx.bySection")), p, p.bySection(), m, styles);
            sheet(book.createSheet(m.get("execution.xlsx.byKind")), p, p.byKind(), m, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Progress p, List<ProgressRow> rows, Messages m, Styles styles) {
        Row facts = sheet.createRow(0);
        facts.createCell(0).setCellValue(m.get("execution.xlsx.facts", String.valueOf(p.fiscalYear()), p.asOf().toString(),
            p.schedulePercent().toPlainString(), p.thresholdPercent().toPlainString()));
        List<String> header = new ArrayList<>(List.of(m.get("execution.xlsx.section"), m.get("execution.xlsx.kind"),
            m.get("execution.xlsx.project"), m.get("execution.xlsx.quota"), m.get("execution.xlsx.used"),
            m.get("execution.xlsx.rate"), m.get("execution.xlsx.schedule"), m.get("execution.xlsx.threshold"),
            m.get("execution.xlsx.below")));
        for (int month = 1; month <= p.monthsElapsed(); month++) {
            header.add(m.get("execution.xlsx.month", String.valueOf(month)));
        }
        Row head = sheet.createRow(1);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 2);
        int r = 2;
        for (ProgressRow row : rows) {
            line(sheet.createRow(r++), p, row, m, styles);
        }
        line(sheet.createRow(r), p, p.total(), m, styles).getCell(0).setCellValue(m.get("execution.total"));
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, (c < 3 ? 24 : 14) * 256);
        }
    }

    private static Row line(Row line, Progress p, ProgressRow row, Messages m, Styles styles) {
        line.createCell(0).setCellValue(row.sectionName() == null ? "" : row.sectionName());
        line.createCell(1).setCellValue(row.kind() == null ? "" : m.get(row.kind().labelKey()));
        line.createCell(2).setCellValue(row.projectCode() == null ? "" : row.projectCode() + " " + row.projectName());
        amount(line, 3, row.quota(), styles.money);
        amount(line, 4, row.used(), styles.money);
        percent(line, 5, row.ratePercent(), row.below() ? styles.red : styles.money);
        percent(line, 6, p.schedulePercent(), styles.money);
        percent(line, 7, p.thresholdPercent(), styles.money);
        line.createCell(8).setCellValue(row.below() ? m.get("execution.below") : "");
        for (int i = 0; i < row.cumulativeUsed().size(); i++) {
            amount(line, 9 + i, row.cumulativeUsed().get(i), styles.money);
        }
        return line;
    }

    private static void amount(Row row, int column, Money value, CellStyle style) {
        percent(row, column, value.yuan(), style);
    }

    private static void percent(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;
        final CellStyle red;

        Styles(XSSFWorkbook book) {
            bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            red = book.createCellStyle();
            red.cloneStyleFrom(money);
            Font redFont = book.createFont();
            redFont.setColor(IndexedColors.RED.getIndex());
            red.setFont(redFont);
        }
    }
}
