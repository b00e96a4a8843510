/**
 * Section budget drafts (预算草案): lines coded by function and economic classification with
 * their kind and amount, the validation of a draft, live totals, and the draft's editor and pages.
 */
package cn.nanchang.budgetflow.budget;
