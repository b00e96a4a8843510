/**
 * The 指标 ledger (指标台账): each approved budget line becomes an 指标 (spending authority) of its
 * section with its 额度, 冻结 (committed by procurement), 已用 (paid) and 可用. Every movement is an
 * insert-only entry with who, when, the document it comes from and its audit entry; nothing ever
 * takes an 指标 below zero 可用. Other modules move the ledger through {@link
 * cn.nanchang.budgetflow.ledger.LedgerMoves} inside their own transaction; 财务 records payments
 * through {@link cn.nanchang.budgetflow.ledger.Payments}; readers use {@link
 * cn.nanchang.budgetflow.ledger.Indicators}. The ledger depends on budget, never on the modules that
 * spend from it (budgetyear, procurement, adjustment, execution).
 */
package cn.nanchang.budgetflow.ledger;
