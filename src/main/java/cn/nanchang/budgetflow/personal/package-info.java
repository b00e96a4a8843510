/**
 * What each person keeps for themselves to approve faster: their 常用意见 (common opinions),
 * offered by the review form for the comment, and their handwritten signature (手写签名), shown
 * on the approval sheet next to their decisions. Every method acts on the signed-in user only.
 */
package cn.nanchang.budgetflow.personal;
