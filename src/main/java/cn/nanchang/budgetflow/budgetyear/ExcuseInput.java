package cn.nanchang.budgetflow.budgetyear;

/** 财务 proceeds without a section's request of the current round ("不等待该科室"), with the reason. */
public record ExcuseInput(String reason) {
}
