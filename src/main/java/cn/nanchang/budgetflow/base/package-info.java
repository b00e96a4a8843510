/**
 * Shared kernel: the money value type, the document kinds every module names, the clock,
 * the application exceptions that the API turns into HTTP answers, and message lookup.
 * Depends on nothing else of ours.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.nanchang.budgetflow.base;
