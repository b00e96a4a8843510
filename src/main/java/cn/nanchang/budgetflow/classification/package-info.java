/**
 * The classification catalogues (支出功能分类 and 部门预算支出经济分类), read from data so
 * that codes can be corrected without a release. Answers which codes exist, which are leaves,
 * and to which class (类) a code belongs.
 */
package cn.nanchang.budgetflow.classification;
