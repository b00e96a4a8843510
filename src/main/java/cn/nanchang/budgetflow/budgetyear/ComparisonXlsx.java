package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The comparison as an Excel workbook: the rows with one column per version in yuan (numbers with
 * two decimals, so that auditors can add them up) and the differences with their reasons and
 * sources in words; then the totals by section and by kind, as the chart shows them.
 */
final class ComparisonXlsx {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(ZoneId.of("Asia/Shanghai"));

    private ComparisonXlsx() {
    }

    static byte[] write(Comparison comparison, Messages m) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            List<String> versions = comparison.versions().stream().map(v -> m.get(v.labelKey()) + m.get("budgetyear.xlsx.yuan")).toList();

            Sheet rows = book.createSheet(m.get("budgetyear.xlsx.rows"));
            List<String> header = new ArrayList<>(List.of(m.get("budgetyear.xlsx.level"), m.get("budgetyear.xlsx.section"),
                m.get("budgetyear.xlsx.kind"), m.get("budgetyear.xlsx.function"), m.get("budgetyear.xlsx.economic"),
                m.get("budgetyear.xlsx.project")));
            header.addAll(versions);
            header.add(m.get("budgetyear.xlsx.differences"));
            header(rows, header, bold);
            int r = 1;
            for (Comparison.Row row : comparison.rows()) {
                Row line = rows.createRow(r++);
                text(line, 0, m.get("budgetyear.level." + row.level().name()));
                text(line, 1, row.sectionName());
                text(line, 2, m.get(row.kind().labelKey()));
                text(line, 3, coded(row.functionCode(), row.functionName()));
                text(line, 4, coded(row.economicCode(), row.economicName()));
                text(line, 5, coded(row.projectCode(), row.projectName()));
                int c = 6;
                for (VersionKind v : comparison.versions()) {
                    amount(line, c++, row.amounts().get(v), money);
                }
                text(line, c, row.differences().stream().map(d -> difference(d, m)).collect(Collectors.joining("\n")));
            }
            widths(rows, header.size());

            totals(book.createSheet(m.get("budgetyear.xlsx.bySection")), m.get("budgetyear.xlsx.section"), versions,
                comparison.bySection(), comparison, bold, money);
            totals(book.createSheet(m.get("budgetyear.xlsx.byKind")), m.get("budgetyear.xlsx.kind"), versions,
                comparison.byKind(), comparison, bold, money);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totals(Sheet sheet, String first, List<String> versions, List<Comparison.Total> totals,
            Comparison comparison, CellStyle bold, CellStyle money) {
        List<String> header = new ArrayList<>(List.of(first));
        header.addAll(versions);
        header(sheet, header, bold);
        int r = 1;
        for (Comparison.Total total : totals) {
            Row line = sheet.createRow(r++);
            text(line, 0, total.label());
            int c = 1;
            for (VersionKind v : comparison.versions()) {
                amount(line, c++, total.amounts().get(v), money);
            }
        }
        widths(sheet, header.size());
    }

    /** "一上→二上 -12,000.00：理由（单位预算建议数 JY-2027-0001，张三，2026-12-20 10:00）". */
    static String difference(Comparison.Difference d, Messages m) {
        Comparison.Source s = d.source();
        List<String> source = new ArrayList<>();
        source.add(m.get("budgetyear.source." + s.type().name()) + (s.number() == null ? "" : " " + s.number()));
        if (s.decidedBy() != null) {
            source.add(s.decidedBy());
        }
        if (s.decidedAt() != null) {
            source.add(TIME.format(s.decidedAt()));
        }
        return m.get(d.from().labelKey()) + "→" + m.get(d.to().labelKey()) + " " + d.amount().formatYuan()
            + (d.reason() == null ? "" : "：" + d.reason()) + "（" + String.join("，", source) + "）";
    }

    private static String coded(String code, String name) {
        return code == null ? null : name == null ? code : code + " " + name;
    }

    private static void header(Sheet sheet, List<String> titles, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void amount(Row row, int column, Money value, CellStyle money) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.yuan().doubleValue());
            cell.setCellStyle(money);
        }
    }

    /** Widths from the text, a Chinese character counting double; measuring would need fonts a server may lack. */
    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            int width = 8;
            for (Row row : sheet) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.format("%,.2f", cell.getNumericCellValue()) : cell.getStringCellValue();
                    width = Math.max(width, text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum());
                }
            }
            sheet.setColumnWidth(c, (Math.min(width, 60) + 2) * 256);
        }
    }
}
