package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosureFormat;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Writes a disclosure in the format asked for. */
@Component
public class DisclosureRenderers {

    private final DisclosureWorkbook workbook;
    private final DisclosurePdf pdf;
    private final DisclosureWord word;

    DisclosureRenderers(DisclosureWorkbook workbook, DisclosurePdf pdf, DisclosureWord word) {
        this.workbook = workbook;
        this.pdf = pdf;
        this.word = word;
    }

    /** {@code publishedOn} is the date the documents' cover gives as 公开日期; null while unpublished. */
    public byte[] write(Disclosure disclosure, DisclosureFormat format, LocalDate publishedOn) {
        return switch (format) {
            case XLSX -> workbook.write(disclosure);
            case PDF -> pdf.write(disclosure, publishedOn);
            case DOCX -> word.write(disclosure, publishedOn);
        };
    }
}
