package cn.nanchang.budgetflow.budget;

/** Whose lines are being checked: the drafting section, and the draft being edited (null while creating). */
record FundingScope(String sectionCode, Long draftId) {
}
