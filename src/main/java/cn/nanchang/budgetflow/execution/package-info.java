/**
 * Execution progress (执行进度) of an approved year: how much of each 指标's quota is spent,
 * month by month, against 序时进度 (months elapsed ÷ 12) and the administrator's alert rates
 * (25 % by April …); the daily alert to the section head and 财务 once a month per 指标 that is
 * behind; the adjusted budget (调整后) in the disclosure's nine-table layout; and the demo year's
 * example payments. It reads the ledger and never moves it, except for the demo payments.
 */
package cn.nanchang.budgetflow.execution;
