package cn.nanchang.budgetflow.workbench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Office Open XML workbooks (.xlsx) with Apache POI: one sheet per table, a bold frozen header
 * row, money with two decimals and times as real date cells in Beijing time. Column widths are
 * estimated from the text (a Chinese character counts double) rather than measured, because
 * measuring needs fonts that a server may not have.
 */
public final class XlsxWriter {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxWriter() {
    }

    public static byte[] write(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            tables.forEach(table -> sheet(book, table, styles));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, Table table, Styles styles) {
        Sheet sheet = book.createSheet(table.name());
        int[] widths = new int[table.headers().size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < widths.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
            widths[c] = width(table.headers().get(c));
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                widths[c] = Math.max(widths[c], cell(row.createCell(c), values.get(c), styles));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
        }
    }

    /** Writes the value and returns its width in characters. */
    private static int cell(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.money);
            return d.toPlainString().length() + 2;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            return n.toString().length();
        }
        if (value instanceof Instant at) {
            cell.setCellValue(LocalDateTime.ofInstant(at, BEIJING));
            cell.setCellStyle(styles.time);
            return 19;
        }
        String text = value.toString();
        cell.setCellValue(text);
        return width(text);
    }

    private static int width(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle time;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
