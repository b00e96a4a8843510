/**
 * The budget year (预算编制, 二上二下): 财务 opens a fiscal year's preparation with its calendar
 * and instructions; the sections' requests of each round, 财务's consolidation into the unit's
 * proposal (单位预算建议数), the bureau's ceilings (控制数) and their split among the sections, and
 * the bureau's 批复. Every round's figures are kept as a version and compared. The year runs as
 * processes/budget-year.bpmn; this module keeps its data and checks who may do what.
 */
package cn.nanchang.budgetflow.budgetyear;
