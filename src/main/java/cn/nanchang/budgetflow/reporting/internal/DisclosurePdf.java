package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.UnavailableException;
import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import cn.nanchang.budgetflow.reporting.internal.DocumentParts.Part;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The disclosure as the PDF the unit posts: a cover (单位名称, 年度, 单位预算), a 目录 with page numbers,
 * every part of {@link DocumentParts} on a new page, each table on a landscape page of its own, page
 * numbers at the foot. Written as XHTML and laid out by openhtmltopdf on PDFBox, which embeds a subset
 * of the {@link CjkFont}; the text stays extractable.
 */
@Component
public class DisclosurePdf {

    private static final String FONT = "cjk";

    private final Messages m;
    private final CjkFont cjk;

    DisclosurePdf(Messages m, CjkFont cjk) {
        this.m = m;
        this.cjk = cjk;
    }

    public byte[] write(Disclosure disclosure, LocalDate publishedOn) {
        String html = html(DocumentParts.of(disclosure, publishedOn));
        try (CjkFont.Loaded font = cjk.open(); PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            font.requireGlyphs(html.replaceAll("<[^>]*>", ""));
            PDType0Font embedded = font.embed(document);
            new PdfRendererBuilder().useFastMode().usePDDocument(document).useFont(new PDFontSupplier(embedded), FONT)
                .withHtmlContent(html, null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UnavailableException(m.get("disclosure.pdf.failed", e.getMessage()), e);
        }
    }

    String html(DocumentParts d) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<html><head><meta charset=\"UTF-8\"/><style>").append(css()).append("</style></head><body>");
        h.append("<div class=\"cover\"><p class=\"unit\">").append(esc(d.unitName())).append("</p><p class=\"year\">")
            .append(esc(m.get("disclosure.doc.cover", String.valueOf(d.fiscalYear())))).append("</p>");
        if (d.publishedOn() != null) {
            h.append("<p class=\"date\">").append(esc(publishedOn(d.publishedOn()))).append("</p>");
        }
        h.append("</div>");
        h.append("<div class=\"toc\"><h1>").append(esc(m.get("disclosure.doc.toc"))).append("</h1>");
        for (int p = 0; p < d.parts().size(); p++) {
            Part part = d.parts().get(p);
            if (part.heading() != null) {
                tocLine(h, "part-" + p, part.heading(), "toc-part");
            }
            for (DisclosureTable t : part.tables()) {
                tocLine(h, "table-" + t.number(), m.get("disclosure.text.tableItem", t.number(), t.title()), "toc-table");
            }
        }
        h.append("</div>");
        for (int p = 0; p < d.parts().size(); p++) {
            part(h, "part-" + p, d.parts().get(p), d);
        }
        return h.append("</body></html>").toString();
    }

    private void part(StringBuilder h, String id, Part part, DocumentParts d) {
        h.append("<div class=\"part\" id=\"").append(id).append("\">");
        if (part.heading() != null) {
            h.append("<h1>").append(esc(part.heading())).append("</h1>");
        }
        part.paragraphs().forEach(p -> h.append("<p>").append(esc(p)).append("</p>"));
        for (Disclosure.TextSection s : part.sections()) {
            h.append("<h2>").append(esc(s.heading())).append("</h2>");
            s.paragraphs().forEach(p -> h.append("<p>").append(esc(p)).append("</p>"));
        }
        h.append("</div>");
        part.tables().forEach(t -> table(h, t, d));
    }

    private void table(StringBuilder h, DisclosureTable t, DocumentParts d) {
        h.append("<div class=\"sheet\" id=\"table-").append(t.number()).append("\"><p class=\"no\">")
            .append(esc(m.get("disclosure.doc.tableNo", t.number()))).append("</p><h3>")
            .append(esc(m.get("disclosure.sheet.title", d.unitName(), String.valueOf(d.fiscalYear()), t.title())))
            .append("</h3><p class=\"unit\">").append(esc(m.get("disclosure.unit"))).append("</p><table><thead>");
        for (List<HeaderCell> row : t.header()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<th colspan=\"").append(c.colspan()).append("\" rowspan=\"").append(c.rowspan())
                .append("\">").append(esc(c.text())).append("</th>"));
            h.append("</tr>");
        }
        h.append("</thead><tbody>");
        for (DisclosureTable.Row row : t.rows()) {
            h.append(row.total() ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < row.cells().size(); c++) {
                DisclosureTable.Cell cell = row.cells().get(c);
                if (cell.hasAmount()) {
                    h.append("<td class=\"amount\">").append(cell.amount().formatWanYuan()).append("</td>");
                } else {
                    h.append("<td class=\"level-").append(c == 1 ? row.level() : 0).append("\">").append(esc(cell.text()))
                        .append("</td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        if (t.note() != null) {
            h.append("<p class=\"note\">").append(esc(t.note())).append("</p>");
        }
        h.append("</div>");
    }

    private String publishedOn(LocalDate date) {
        return m.get("disclosure.doc.publishedOn", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
            String.valueOf(date.getDayOfMonth()));
    }

    private static void tocLine(StringBuilder h, String target, String text, String style) {
        h.append("<p class=\"").append(style).append("\"><a href=\"#").append(target).append("\">").append(esc(text))
            .append("</a></p>");
    }

    private String css() {
        return "@page { size: A4; margin: 22mm 20mm 20mm 20mm; @bottom-center { content: '" + m.get("disclosure.doc.pageBefore")
            + "' counter(page) '" + m.get("disclosure.doc.pageAfter") + "'; font-family: " + FONT + "; font-size: 9pt; } }"
            + "@page :first { @bottom-center { content: none; } }"
            + "@page wide { size: A4 landscape; margin: 18mm 15mm 18mm 15mm; }"
            + "body { font-family: " + FONT + "; font-size: 11pt; line-height: 1.6; }"
            + ".cover { text-align: center; padding-top: 80mm; page-break-after: always; }"
            + ".cover .unit { font-size: 26pt; margin: 0 0 12mm 0; } .cover .year { font-size: 22pt; } .cover .date { font-size: 14pt; margin-top: 40mm; }"
            + "h1 { font-size: 16pt; text-align: center; margin: 0 0 8mm 0; } h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }"
            + "h3 { font-size: 14pt; text-align: center; margin: 2mm 0; }"
            + "p { margin: 0 0 2mm 0; text-indent: 2em; } .toc p, .sheet p, .cover p { text-indent: 0; }"
            + ".toc a { color: black; text-decoration: none; }"
            + ".toc a::after { content: leader('.') target-counter(attr(href), page); }"
            + ".toc-table { padding-left: 2em; } .part { page-break-before: always; }"
            + ".sheet { page: wide; page-break-before: always; width: 260mm; } .sheet .no { font-size: 10pt; }"
            + ".sheet .unit { text-align: right; font-size: 10pt; }"
            + "table { width: 100%; border-collapse: collapse; font-size: 9.5pt; -fs-table-paginate: paginate; }"
            + "th, td { border: 0.5pt solid black; padding: 1.5mm 2mm; } th { text-align: center; }"
            + "td.amount { text-align: right; white-space: nowrap; } tr.total td { font-weight: bold; }"
            + "td.level-1 { padding-left: 6mm; } td.level-2 { padding-left: 10mm; }"
            + ".note { margin-top: 3mm; }";
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
