/**
 * The organisation: the center, its six sections and the data bureau, and the people who
 * work in them with their one role each. Also decides which approval groups a person is in.
 */
package cn.nanchang.budgetflow.organization;
