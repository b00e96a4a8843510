/**
 * Budget adjustments (预算调剂): the 调剂, 追加 and 追减 of the approved budget's 指标 during the
 * year, as a document type on the shared template. Its rows 调减 existing 指标 and 调增 existing
 * ones or new lines; the hard rules (no increase of 三公 and 厉行节约 lines, a 调减 within 可用,
 * no project money for 基本支出, a 调剂 that sums to zero, 追加/追减 with their source) are
 * checked at saving and again at submission. Routing is decided by processes/adjustment-routing.dmn
 * on the kind, scope and amount; on approval the ledger moves in the approving transaction.
 */
package cn.nanchang.budgetflow.adjustment;
