package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The disclosure as an Excel workbook laid out like the published tables: one sheet per table
 * with its title, 单位：万元, the header with its merged cells, amounts in 万元 as numbers with
 * two decimals (rounded once from exact yuan), names indented by level, and 本表为空表 under an
 * empty table; a last sheet holds the explanatory text.
 */
@Component
public class DisclosureWorkbook {

    private final Messages m;

    DisclosureWorkbook(Messages m) {
        this.m = m;
    }

    public byte[] write(Disclosure disclosure) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(book);
            for (DisclosureTable table : disclosure.tables()) {
                table(book.createSheet(table.number() + " " + table.title()), table, disclosure, styles);
            }
            text(book.createSheet(m.get("disclosure.sheet.text")), disclosure, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(Sheet sheet, DisclosureTable table, Disclosure d, WorkbookStyles styles) {
        int columns = table.columnCount();
        merged(sheet, 0, columns, m.get("disclosure.sheet.title", d.unitName(), String.valueOf(d.fiscalYear()), table.title()), styles.title);
        merged(sheet, 1, columns, m.get("disclosure.unit"), styles.unit);
        int r = 2;
        boolean[][] taken = new boolean[table.header().size()][columns];
        for (int h = 0; h < table.header().size(); h++, r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
            int c = 0;
            for (HeaderCell cell : table.header().get(h)) {
                while (taken[h][c]) {
                    c++;
                }
                row.getCell(c).setCellValue(cell.text());
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken[h + dr][c + dc] = true;
                    }
                }
                if (cell.colspan() > 1 || cell.rowspan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r + cell.rowspan() - 1, c, c + cell.colspan() - 1));
                }
                c += cell.colspan();
            }
        }
        for (DisclosureTable.Row body : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < body.cells().size(); c++) {
                DisclosureTable.Cell cell = body.cells().get(c);
                Cell out = row.createCell(c);
                if (cell.hasAmount()) {
                    out.setCellValue(cell.amount().wanYuan().doubleValue());
                    out.setCellStyle(styles.amount);
                } else {
                    out.setCellValue(cell.text());
                    out.setCellStyle(c == 1 && body.level() > 0 ? styles.indented(body.level()) : styles.text);
                }
            }
        }
        if (table.note() != null) {
            merged(sheet, r, columns, table.note(), styles.note);
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c == 1 || columns == 4 && c % 2 == 0 ? 30 : 16) * 256);
        }
    }

    private void text(Sheet sheet, Disclosure d, WorkbookStyles styles) {
        int r = 0;
        for (Disclosure.TextSection section : d.text()) {
            sheet.createRow(r++).createCell(0).setCellValue(section.heading());
            for (String paragraph : section.paragraphs()) {
                Cell cell = sheet.createRow(r++).createCell(0);
                cell.setCellValue(paragraph);
                cell.setCellStyle(styles.wrapped);
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void merged(Sheet sheet, int r, int columns, String text, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
    }

    /** The few styles a workbook needs, made once: POI limits the number of styles per workbook. */
    private static final class WorkbookStyles {
        final XSSFWorkbook book;
        final CellStyle title;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle note;
        final CellStyle wrapped;
        final java.util.Map<Integer, CellStyle> indents = new java.util.HashMap<>();

        WorkbookStyles(XSSFWorkbook book) {
            this.book = book;
            var bold = book.createFont();
            bold.setBold(true);
            var big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            unit = book.createCellStyle();
            unit.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered();
            amount = bordered();
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            note = book.createCellStyle();
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
        }

        CellStyle indented(int level) {
            return indents.computeIfAbsent(level, l -> {
                CellStyle s = bordered();
                s.setIndention((short) (l * 2));
                return s;
            });
        }

        private CellStyle bordered() {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

}
