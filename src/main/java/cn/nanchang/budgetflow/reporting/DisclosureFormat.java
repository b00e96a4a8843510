package cn.nanchang.budgetflow.reporting;

import java.util.Locale;

/** The files a disclosure is downloaded as: the tables as a workbook, the whole document as PDF or Word. */
public enum DisclosureFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String contentType;

    DisclosureFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The file name's ending, which is also what the audit trail calls the format: xlsx, pdf, docx. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return contentType;
    }
}
