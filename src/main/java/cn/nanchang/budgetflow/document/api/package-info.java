/** REST endpoints for tasks and documents of every type, and the list item the type endpoints reuse. */
@org.springframework.modulith.NamedInterface("api")
package cn.nanchang.budgetflow.document.api;
