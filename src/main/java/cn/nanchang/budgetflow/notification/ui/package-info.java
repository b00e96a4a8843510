/** The 我的通知 page, reached from the bell in the frame. */
package cn.nanchang.budgetflow.notification.ui;
