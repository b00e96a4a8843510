/** Plain writers of tables to .xlsx (Apache POI) and CSV (UTF-8 with BOM); no Spring, no security. */
package cn.nanchang.budgetflow.workbench.internal;
