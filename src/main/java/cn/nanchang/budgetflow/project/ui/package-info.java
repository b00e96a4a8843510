/** The pages of project applications: the editor with its indicator-tree editor, the read-only page with review, and the project library. */
package cn.nanchang.budgetflow.project.ui;
