/** REST endpoints of the workbench: audit search, timelines, diagrams, approval sheets and exports. */
package cn.nanchang.budgetflow.workbench.api;
