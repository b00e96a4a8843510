package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The 花名册 file: two sheets, 科室 (代码, 名称, 排序, 科长用户名) and 人员 (姓名, 用户名, 角色, 科室, 电子邮箱), each
 * with a header row whose cells carry a comment that explains the column. Reading keeps every value
 * as text so that a bad cell is reported on its row; a formula is refused rather than trusted, since
 * its cached value may be stale or absent. Nothing about passwords is ever written or read.
 */
@Component
class RosterXlsx {

    static final String SECTIONS = "科室";
    static final String PEOPLE = "人员";
    static final String[] SECTION_HEADERS = {"科室代码", "科室名称", "排序", "科长用户名"};
    static final String[] PEOPLE_HEADERS = {"姓名", "用户名", "角色", "科室", "电子邮箱"};
    /** A unit has tens of people; a sheet far longer than that is a wrong file, not a roster. */
    static final int MAX_ROWS = 2000;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Messages messages;

    RosterXlsx(Messages messages) {
        this.messages = messages;
    }

    /** A 科室 row as typed, with its row number as the sheet shows it. */
    record SectionRow(int row, String code, String name, String order, String head) {
    }

    /** A 人员 row as typed; the role is its Chinese name (科员, 科长, ...) and the section a code or a name. */
    record PersonRow(int row, String displayName, String username, String role, String section, String email) {
    }

    /** The rows of both sheets and the cells that could not be read at all (formulas). */
    record RosterFile(List<SectionRow> sections, List<PersonRow> people, List<FieldViolation> unreadable) {
    }

    byte[] write(List<String[]> sections, List<String[]> people) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, SECTIONS, SECTION_HEADERS, "roster.template.section.", sections);
            sheet(book, PEOPLE, PEOPLE_HEADERS, "roster.template.person.", people);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(Workbook book, String name, String[] headers, String hintPrefix, List<String[]> rows) {
        Sheet sheet = book.createSheet(name);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers[c]);
            ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(book.getCreationHelper().createRichTextString(messages.get(hintPrefix + c)));
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, 20 * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c] == null ? "" : rows.get(r)[c]);
            }
        }
    }

    RosterFile read(byte[] file) {
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", messages.get("roster.file.missing"));
        }
        if (file.length > MAX_BYTES) {
            throw ValidationException.of("file", messages.get("roster.file.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        List<FieldViolation> unreadable = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet people = book.getSheet(PEOPLE);
            if (people == null) {
                throw ValidationException.of("file", messages.get("roster.file.noPeopleSheet", PEOPLE));
            }
            Sheet sections = book.getSheet(SECTIONS);
            List<SectionRow> sectionRows = new ArrayList<>();
            for (String[] v : rows(sections, SECTION_HEADERS, "sections", unreadable)) {
                sectionRows.add(new SectionRow(Integer.parseInt(v[0]), v[1], v[2], v[3], v[4]));
            }
            List<PersonRow> personRows = new ArrayList<>();
            for (String[] v : rows(people, PEOPLE_HEADERS, "people", unreadable)) {
                personRows.add(new PersonRow(Integer.parseInt(v[0]), v[1], v[2], v[3], v[4], v[5]));
            }
            return new RosterFile(sectionRows, personRows, unreadable);
        } catch (ValidationException refused) {
            throw refused;
        } catch (IOException | RuntimeException notAWorkbook) {
            throw ValidationException.of("file", messages.get("roster.file.notXlsx"));
        }
    }

    /** The non-blank rows after the header, each as its row number followed by its cells' text. */
    private List<String[]> rows(Sheet sheet, String[] headers, String field, List<FieldViolation> unreadable) {
        List<String[]> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        int columns = headers.length;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String[] v = new String[columns + 1];
            v[0] = String.valueOf(r + 1);
            boolean blank = true;
            for (int c = 0; c < columns; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.FORMULA) {
                    unreadable.add(new FieldViolation(field + "[" + (r + 1) + "]", 
                        messages.get("roster.file.formula", headers[c])));
                }
                v[c + 1] = text(cell);
                blank &= v[c + 1].isEmpty();
            }
            if (!blank) {
                if (rows.size() == MAX_ROWS) {
                    throw ValidationException.of("file", messages.get("roster.file.tooManyRows", sheet.getSheetName(), MAX_ROWS));
                }
                rows.add(v);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
