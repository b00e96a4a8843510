/**
 * Budget disclosure (单位预算公开): the nine standard tables and the explanatory text
 * (预算情况说明) generated from the approved data of a fiscal year — approved budget drafts of
 * every section, the projects they fund and the approved procurement plans — with the
 * cross-checks that must hold before a disclosure may be published. Amounts are summed in yuan
 * and rounded to 万元 only when shown.
 */
package cn.nanchang.budgetflow.reporting;
