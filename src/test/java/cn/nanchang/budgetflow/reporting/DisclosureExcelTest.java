package cn.nanchang.budgetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Excel export read back with POI: one sheet per table in order plus the text, the merged
 * headers of the published layout, amounts as numbers in 万元 with two decimals, 本表为空表 under
 * the empty tables; the download is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureExcelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;

    @Test
    void the_workbook_reads_back_with_the_published_layout_and_figures() throws Exception {
        var response = new ApiClient(mvc, json).disclosures().call("auditor", "/api/v1/reports/2023/disclosure.xlsx");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("一 收支预算总表", "二 单位收入总表", "三 单位支出总表", "四 财政拨款收支总表",
                "五 一般公共预算支出表", "六 一般公共预算基本支出表", "七 一般公共预算“三公”经费支出表", "八 政府性基金预算支出表",
                "九 国有资本经营预算支出表", "十 项目支出绩效目标表", "十一 部门（单位）整体支出绩效目标表", "预算情况说明");

            Sheet three = book.getSheet("三 单位支出总表");
            assertThat(text(three, 0, 0)).isEqualTo("南昌市数字科学研究中心2023年单位支出总表");
            assertThat(text(three, 1, 0)).isEqualTo("单位：万元");
            Row total = find(three, "合计");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1282.20);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(823.58);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(458.62);
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // 合计 bold, 宋体 throughout; A4 landscape fitted to the width, title and header repeated on each page
            assertThat(book.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(book.getFontAt(total.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row function = find(three, "201");
            assertThat(book.getFontAt(function.getCell(2).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(book.getFontAt(function.getCell(2).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
            assertThat(book.getFontAt(three.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
            assertThat(three.getPrintSetup().getLandscape()).isTrue();
            assertThat(three.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(three.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(three.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(three.getFitToPage()).isTrue();
            assertThat(three.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));

            Sheet four = book.getSheet("四 财政拨款收支总表");
            assertThat(text(four, 3, 2)).isEqualTo("项目");
            assertThat(List.of(text(four, 3, 3), text(four, 3, 4), text(four, 3, 5), text(four, 3, 6)))
                .containsExactly("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
            Row firstClass = four.getRow(4);
            assertThat(firstClass.getCell(2).getStringCellValue()).isEqualTo("一般公共服务支出");
            assertThat(List.of(firstClass.getCell(3).getNumericCellValue(), firstClass.getCell(4).getNumericCellValue(),
                firstClass.getCell(5).getNumericCellValue(), firstClass.getCell(6).getNumericCellValue()))
                .containsExactly(1145.50, 1145.50, 0.0, 0.0);

            Sheet text = book.getSheet("预算情况说明");
            assertThat(book.getFontAt(text.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(text.getRow(0).getCell(0).getStringCellValue()).startsWith("第一部分");
            assertThat(text.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);

            Sheet sanGong = book.getSheet("七 一般公共预算“三公”经费支出表");
            assertThat(sanGong.getMergedRegions()).contains(new CellRangeAddress(2, 2, 2, 4), new CellRangeAddress(2, 3, 0, 0));
            assertThat(text(sanGong, 2, 2)).isEqualTo("公务用车购置及运行费");
            assertThat(text(sanGong, 3, 2)).isEqualTo("小计");
            assertThat(sanGong.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(7.95);
            assertThat(sanGong.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(4.60);
            assertThat(sanGong.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(3.35);

            Sheet income = book.getSheet("二 单位收入总表");
            assertThat(income.getMergedRegions()).contains(new CellRangeAddress(2, 2, 3, 5));
            assertThat(text(income, 2, 3)).isEqualTo("财政拨款收入");

            Sheet fund = book.getSheet("八 政府性基金预算支出表");
            assertThat(text(fund, fund.getLastRowNum(), 0)).isEqualTo("本表为空表");

            // the text sheet holds the whole document's text, 第一部分 to 第四部分
            List<String> lines = new ArrayList<>();
            book.getSheet("预算情况说明").forEach(r -> r.forEach(c -> lines.add(c.getStringCellValue())));
            assertThat(lines).containsSubsequence("第一部分  南昌市数字科学研究中心概况", "一、单位主要职责",
                "编制人数34人，均为全部补助事业编制34人。实有人数48人，其中：在职人数小计34人，均为全部补助事业人员34人；退休人员小计14人。",
                "第四部分  名词解释", "（一）财政拨款：指市级财政当年拨付的资金。");
        }
        assertThat(audit.byActor("auditor", AuditAction.DISCLOSURE_EXPORT)).isNotEmpty();
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    private static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }
}
