package cn.nanchang.budgetflow.execution;

/** The execution progress as an Excel workbook. */
public record ProgressWorkbook(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
