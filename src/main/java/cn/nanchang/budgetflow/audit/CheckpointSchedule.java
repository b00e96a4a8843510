package cn.nanchang.budgetflow.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the periodic audit checkpoint ({@link AuditCheckpoints#scheduled}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckpointSchedule {
}
