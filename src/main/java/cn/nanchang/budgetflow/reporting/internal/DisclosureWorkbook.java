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
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The disclosure as an Excel workbook laid out like the published tables: one sheet per table
 * with its title, 单位：万元, the header with its merged cells, amounts in 万元 as numbers with
 * two decimals (rounded once from exact yuan), names indented by level, and 本表为空表 under an
 * empty table, 合计 rows bold; a last sheet holds the explanatory text with its headings. 宋体 throughout; each
 * sheet prints on A4 (tables landscape) fitted to the page's width, the title and header repeated on every page.
 */
@Component
public class DisclosureWorkbook {

    static final String SONG = "宋体";

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
                    out.setCellStyle(body.total() ? styles.totalAmount : styles.amount);
                } else {
                    out.setCellValue(cell.text());
                    out.setCellStyle(body.total() ? styles.totalText
                        : c == 1 && body.level() > 0 ? styles.indented(body.level()) : styles.text);
                }
            }
        }
        if (table.note() != null) {
            merged(sheet, r, columns, table.note(), styles.note);
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (wide(table, c) ? 30 : 16) * 256);
        }
        print(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 1 + table.header().size(), 0, columns - 1));
    }

    /** A column of names (not codes, not amounts) gets the room a 科目名称 needs. */
    private static boolean wide(DisclosureTable table, int column) {
        return table.rows().stream().map(r -> column < r.cells().size() ? r.cells().get(column) : null)
            .anyMatch(cell -> cell != null && !cell.hasAmount() && cell.text() != null && cell.text().length() > 8);
    }

    /** A4, every column on the page's width, as many pages down as it takes. */
    private static void print(Sheet sheet, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private void text(Sheet sheet, Disclosure d, WorkbookStyles styles) {
        int r = 0;
        for (Disclosure.TextSection section : d.text()) {
            Cell heading = sheet.createRow(r++).createCell(0);
            heading.setCellValue(section.heading());
            heading.setCellStyle(DocumentParts.isPart(section.heading()) ? styles.partHeading : styles.heading);
            for (String paragraph : section.paragraphs()) {
                Cell cell = sheet.createRow(r++).createCell(0);
                cell.setCellValue(paragraph);
                cell.setCellStyle(styles.wrapped);
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
        print(sheet, false);
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
        final CellStyle totalText;
        final CellStyle totalAmount;
        final CellStyle heading;
        final CellStyle partHeading;
        private Font plain;
        final CellStyle note;
        final CellStyle wrapped;
        final java.util.Map<Integer, CellStyle> indents = new java.util.HashMap<>();

        WorkbookStyles(XSSFWorkbook book) {
            this.book = book;
            var plain = font(11, false);
            var bold = font(11, true);
            title = styled(font(16, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            unit = styled(plain);
            unit.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(plain);
            totalText = bordered(bold);
            amount = bordered(plain);
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            totalAmount = bordered(bold);
            totalAmount.setDataFormat(amount.getDataFormat());
            note = styled(plain);
            wrapped = styled(plain);
            wrapped.setWrapText(true);
            heading = styled(font(12, true));
            partHeading = styled(font(14, true));
            partHeading.setAlignment(HorizontalAlignment.CENTER);
            this.plain = plain;
        }

        /** 宋体 by its Chinese name, SimSun where Excel looks for the Latin one. */
        private Font font(int points, boolean bold) {
            XSSFFont font = book.createFont();
            font.setFontName(SONG);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private CellStyle styled(Font font) {
            CellStyle s = book.createCellStyle();
            s.setFont(font);
            return s;
        }

        CellStyle indented(int level) {
            return indents.computeIfAbsent(level, l -> {
                CellStyle s = bordered(plain);
                s.setIndention((short) (l * 2));
                return s;
            });
        }

        private CellStyle bordered(Font font) {
            CellStyle s = styled(font);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

}
