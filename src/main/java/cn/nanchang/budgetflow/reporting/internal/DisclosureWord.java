package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import cn.nanchang.budgetflow.reporting.internal.DocumentParts.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Component;

/**
 * The disclosure as a Word document (Apache POI XWPF) for the office to edit before posting: the same
 * {@link DocumentParts} as the PDF — cover, 目录 (a TOC field Word fills in on opening, over the part and
 * table headings' outline levels), each part and each table from a new page, page numbers in the footer,
 * 宋体 throughout, merged header cells as in the published tables.
 */
@Component
public class DisclosureWord {

    private static final String SONG = "宋体";

    private final Messages m;

    DisclosureWord(Messages m) {
        this.m = m;
    }

    public byte[] write(Disclosure disclosure, LocalDate publishedOn) {
        DocumentParts d = DocumentParts.of(disclosure, publishedOn);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cover(doc, d);
            toc(doc);
            for (Part part : d.parts()) {
                if (part.heading() != null) {
                    heading(doc, part.heading(), 0, 16, true);
                }
                part.paragraphs().forEach(p -> body(doc, p));
                for (Disclosure.TextSection s : part.sections()) {
                    heading(doc, s.heading(), 1, 12, false);
                    s.paragraphs().forEach(p -> body(doc, p));
                }
                part.tables().forEach(t -> table(doc, t, d));
            }
            footer(doc);
            doc.enforceUpdateFields();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cover(XWPFDocument doc, DocumentParts d) {
        XWPFParagraph unit = centered(doc);
        unit.setSpacingBefore(4800);
        run(unit, d.unitName(), 26, true);
        XWPFParagraph year = centered(doc);
        year.setSpacingBefore(600);
        run(year, m.get("disclosure.doc.cover", String.valueOf(d.fiscalYear())), 22, true);
        if (d.publishedOn() != null) {
            XWPFParagraph date = centered(doc);
            date.setSpacingBefore(2400);
            run(date, m.get("disclosure.doc.publishedOn", String.valueOf(d.publishedOn().getYear()),
                String.valueOf(d.publishedOn().getMonthValue()), String.valueOf(d.publishedOn().getDayOfMonth())), 14, false);
        }
    }

    private void toc(XWPFDocument doc) {
        XWPFParagraph title = centered(doc);
        title.setPageBreak(true);
        run(title, m.get("disclosure.doc.toc"), 16, true);
        XWPFParagraph field = doc.createParagraph();
        var simple = field.getCTP().addNewFldSimple();
        simple.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        var placeholder = simple.addNewR();
        placeholder.addNewT().setStringValue(m.get("disclosure.doc.tocHint"));
    }

    /** A heading on a new page (parts, tables) or not (sections), with the outline level the 目录 reads. */
    private void heading(XWPFDocument doc, String text, int outline, int size, boolean newPage) {
        XWPFParagraph p = outline == 0 ? centered(doc) : doc.createParagraph();
        p.setPageBreak(newPage);
        p.setSpacingBefore(outline == 0 ? 0 : 200);
        p.setSpacingAfter(120);
        p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        run(p, text, size, true);
    }

    private void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(480);
        p.setSpacingAfter(80);
        run(p, text, 12, false);
    }

    private void table(XWPFDocument doc, DisclosureTable t, DocumentParts d) {
        heading(doc, m.get("disclosure.text.tableItem", t.number(), t.title()), 1, 10, true);
        XWPFParagraph title = centered(doc);
        run(title, m.get("disclosure.sheet.title", d.unitName(), String.valueOf(d.fiscalYear()), t.title()), 14, true);
        XWPFParagraph unit = doc.createParagraph();
        unit.setAlignment(ParagraphAlignment.RIGHT);
        run(unit, m.get("disclosure.unit"), 10, false);
        int columns = t.columnCount();
        XWPFTable table = doc.createTable(t.header().size() + t.rows().size(), columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        header(table, t.header(), columns);
        int r = t.header().size();
        for (DisclosureTable.Row row : t.rows()) {
            for (int c = 0; c < columns; c++) {
                DisclosureTable.Cell cell = c < row.cells().size() ? row.cells().get(c) : DisclosureTable.Cell.text("");
                XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                if (cell.hasAmount()) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                    run(p, cell.amount().formatWanYuan(), 9, row.total());
                } else {
                    p.setIndentationLeft(c == 1 ? row.level() * 240 : 0);
                    run(p, cell.text(), 9, row.total());
                }
            }
            r++;
        }
        if (t.note() != null) {
            run(doc.createParagraph(), t.note(), 10, false);
        }
    }

    /** Header rows with their spans: hMerge across, vMerge down, the text in the first cell of each span. */
    private void header(XWPFTable table, List<List<HeaderCell>> header, int columns) {
        boolean[][] taken = new boolean[header.size()][columns];
        for (int h = 0; h < header.size(); h++) {
            int c = 0;
            for (HeaderCell cell : header.get(h)) {
                while (taken[h][c]) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken[h + dr][c + dc] = true;
                        XWPFTableCell out = table.getRow(h + dr).getCell(c + dc);
                        var pr = out.getCTTc().isSetTcPr() ? out.getCTTc().getTcPr() : out.getCTTc().addNewTcPr();
                        if (cell.colspan() > 1) {
                            pr.addNewHMerge().setVal(dc == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                        }
                        if (cell.rowspan() > 1) {
                            pr.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                        }
                    }
                }
                XWPFParagraph p = table.getRow(h).getCell(c).getParagraphs().get(0);
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, cell.text(), 9, true);
                c += cell.colspan();
            }
        }
    }

    private void footer(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, m.get("disclosure.doc.pageBefore"), 9, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, m.get("disclosure.doc.pageAfter"), 9, false);
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(SONG);
        run.setFontFamily(SONG, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
