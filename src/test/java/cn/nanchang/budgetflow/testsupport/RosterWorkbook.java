package cn.nanchang.budgetflow.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A 花名册 edited as an administrator would: the downloaded template (everyone enabled now), with
 * people added, changed or taken out of the 人员 sheet. Tests share one database, so they start from
 * the template and take out only the accounts they made themselves.
 */
public final class RosterWorkbook {

    private final XSSFWorkbook book;

    public RosterWorkbook(byte[] template) {
        try {
            this.book = new XSSFWorkbook(new ByteArrayInputStream(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sheet people() {
        return book.getSheet("人员");
    }

    public Sheet sections() {
        return book.getSheet("科室");
    }

    /** Appends a 人员 row (姓名, 用户名, 角色, 科室, 电子邮箱) and answers its row number as the sheet shows it. */
    public int add(String... values) {
        return append(people(), values);
    }

    public int addSection(String... values) {
        return append(sections(), values);
    }

    private static int append(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
        return row.getRowNum() + 1;
    }

    /** Sets one cell of the person's row (0 姓名, 1 用户名, 2 角色, 3 科室, 4 电子邮箱). */
    public RosterWorkbook set(String username, int column, String value) {
        Row row = rowOf(username);
        (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(value);
        return this;
    }

    /** Sets one cell of the section's 科室 row (0 科室代码, 1 科室名称, 2 排序, 3 科长用户名). */
    public RosterWorkbook setSection(String code, int column, String value) {
        for (Row row : sections()) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(value);
                return this;
            }
        }
        throw new IllegalArgumentException(code + " is not in the roster");
    }

    /** Takes the person out of the file: their row becomes blank, which the import skips. */
    public RosterWorkbook remove(String username) {
        Row row = rowOf(username);
        people().removeRow(row);
        return this;
    }

    private Row rowOf(String username) {
        for (Row row : people()) {
            if (row.getCell(1) != null && username.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new IllegalArgumentException(username + " is not in the roster");
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
