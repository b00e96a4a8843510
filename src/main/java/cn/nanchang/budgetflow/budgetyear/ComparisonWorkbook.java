package cn.nanchang.budgetflow.budgetyear;

/** The comparison as an Excel workbook. */
public record ComparisonWorkbook(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
