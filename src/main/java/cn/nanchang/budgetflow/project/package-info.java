/**
 * Project expenditure applications (项目支出申报): the application with its cost lines and its
 * performance-target table (绩效目标表, a tree of indicators under level-1/level-2 categories kept
 * as data), their validation, and the project library (项目库) that an approved application
 * enters with a project code, from which budget-draft lines of kind 项目支出 are funded.
 */
package cn.nanchang.budgetflow.project;
