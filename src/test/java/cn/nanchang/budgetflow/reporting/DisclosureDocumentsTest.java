package cn.nanchang.budgetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.Disclosures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole disclosure as PDF and as Word, read back: the PDF with PDFBox (text extraction, fonts,
 * pages), the docx with POI. The 2023 document carries the seed's sentences and figures; who may not
 * read the unpublished figures may not download them either; each download is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureDocumentsTest {

    static final List<String> SEED_SENTENCES = List.of(
        "2023年市数字科学研究中心收入预算总额为1282.2万元，比上年增加166.37万元，增长14.9%。",
        "按支出功能科目划分：一般公共服务支出1145.5万元，较上年预算安排增加1145.5万元，主要因机构改革，功能科目改变；",
        "本单位没有政府性基金预算拨款安排的支出。",
        "2023年我单位政府采购预算共安排397万元。其中，政府采购货物预算15万元，政府采购工程预算0万元，政府采购服务预算382万元。",
        "1、南昌市政府网站集约化平台运维项目",
        "5）年度预算安排：97.62万元",
        "1．因公出国（境）经费4.6万元，比上年增加0万元。");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    Disclosures api;

    @BeforeEach
    void api() {
        api = new ApiClient(mvc, json).disclosures();
    }

    @Test
    void the_pdf_reads_back_with_cover_contents_parts_tables_and_page_numbers() throws Exception {
        var response = api.call("auditor", "/api/v1/reports/2023/disclosure.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".pdf");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).contains("南昌市数字科学研究中心", "2023年单位预算").doesNotContain("第1页");
            assertThat(pages.get(1)).startsWith("第2页目录").contains("第二部分南昌市数字科学研究中心2023年单位预算表",
                "第三部分南昌市数字科学研究中心2023年单位预算情况说明", "四、《财政拨款收支总表》");
            assertThat(pages.get(1)).as("目录: the seed's four parts").contains("第一部分南昌市数字科学研究中心概况", "第四部分名词解释");
            String all = String.join("", pages);
            assertThat(all).contains(SEED_SENTENCES);
            // issue 16: the seed's sentences of 第一部分 and 第四部分, read back from the PDF
            assertThat(all).contains("编制人数34人，均为全部补助事业编制34人。实有人数48人，其中：在职人数小计34人，均为全部补助事业人员34人；退休人员小计14人。",
                "2023年南昌市数字科学研究中心内设科室6个", "（一）财政拨款：指市级财政当年拨付的资金。",
                "南昌市数字科学研究中心是南昌市政务数据管理局下属全额拨款事业单位");
            List<String> numbers = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一");
            List<String> titles = List.of("收支预算总表", "单位收入总表", "单位支出总表", "财政拨款收支总表", "一般公共预算支出表",
                "一般公共预算基本支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表", "项目支出绩效目标表",
                "部门（单位）整体支出绩效目标表");
            for (int t = 0; t < titles.size(); t++) {
                // each table opens a page of its own (the page number at its foot is extracted first)
                String head = "表" + numbers.get(t) + "南昌市数字科学研究中心2023年" + titles.get(t);
                assertThat(pages).as(head).anyMatch(p -> p.matches("第\\d+页" + java.util.regex.Pattern.quote(head) + ".*"));
            }
            String three = pages.stream().filter(p -> p.contains("2023年单位支出总表")).findFirst().orElseThrow();
            assertThat(three).contains("合计1,282.20823.58458.62", "201一般公共服务支出1,145.50686.88458.62", "20103政府办公厅（室）及相关机构事务");
            for (int i = 1; i < pages.size(); i++) {
                assertThat(pages.get(i)).as("page %d", i + 1).startsWith("第" + (i + 1) + "页");
            }
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(audit.byActor("auditor", AuditAction.DISCLOSURE_EXPORT))
            .anyMatch(r -> r.getDetails() != null && r.getDetails().startsWith("pdf，"));
    }

    @Test
    void the_word_document_carries_the_same_parts_and_the_eleven_tables() throws Exception {
        var response = api.call("finance", "/api/v1/reports/2023/disclosure.docx");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
            .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("2023年单位预算", "目录", "第三部分  南昌市数字科学研究中心2023年单位预算情况说明");
            assertThat(text).contains(SEED_SENTENCES);
            assertThat(doc.getTables()).hasSize(11);
            XWPFTable three = doc.getTables().get(2);
            assertThat(three.getRow(1).getCell(0).getText()).isEqualTo("合计");
            assertThat(three.getRow(1).getCell(2).getText()).isEqualTo("1,282.20");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("宋体");
            assertThat(doc.getFooterList()).isNotEmpty();
        }
        assertThat(audit.byActor("finance", AuditAction.DISCLOSURE_EXPORT))
            .anyMatch(r -> r.getDetails() != null && r.getDetails().startsWith("docx，"));
    }

    @Test
    void who_may_not_read_unpublished_figures_may_not_download_them() throws Exception {
        for (String other : List.of("admin", "bureau", "staff1", "head1")) {
            for (String file : List.of("disclosure.pdf", "disclosure.docx")) {
                assertThat(api.call(other, "/api/v1/reports/2023/" + file).getStatus()).as(other + " " + file).isEqualTo(403);
            }
            assertThat(audit.byActor(other, AuditAction.DISCLOSURE_EXPORT)).as(other).isEmpty();
        }
        assertThat(api.call("director", "/api/v1/reports/1999/disclosure.pdf").getStatus()).isEqualTo(400);
    }

    private static List<String> pages(PDDocument pdf) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf).replaceAll("\\s+", ""));
        }
        return pages;
    }
}
