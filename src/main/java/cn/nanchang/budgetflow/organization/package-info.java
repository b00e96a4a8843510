/**
 * The organisation: the center, its sections (the seed's six, then as the administrator maintains
 * them: name, order, 科长, in use or not) and the data bureau, and the people who work in them
 * with their one role each. Also decides which approval groups a person is in.
 */
package cn.nanchang.budgetflow.organization;
