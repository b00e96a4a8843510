package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.BudgetflowApplication;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole application as it runs in production (web server, Vaadin, engine with its job
 * executor, Flyway schema, demo users) on a fresh H2 file database, as the embedded run uses, or in the {@code mysql}
 * profile on a fresh MariaDB database ({@link BenchmarkDatabase}), started inside the benchmark's JVM so
 * that its services can be called directly and its heap measured. Its data source is wrapped
 * for counting SQL statements, after Spring Boot has configured the pool.
 */
final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    /** Concurrent: the ledger race signs in from several threads at once. */
    private final Map<String, AccountDetails> accounts = new java.util.concurrent.ConcurrentHashMap<>();

    RunningApp(String database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        if (BenchmarkDatabase.MARIADB) {
            // the production profile on a fresh MariaDB database; a throw-away audit key, as the ITs use
            properties.put("spring.profiles.active", "mysql");
            properties.put("spring.datasource.url", BenchmarkDatabase.url(database));
            properties.put("spring.datasource.username", BenchmarkDatabase.USER);
            properties.put("spring.datasource.password", BenchmarkDatabase.PASSWORD);
            properties.put("budgetflow.audit.key.store", "target/benchmark/audit-keys.p12");
            properties.put("budgetflow.audit.key.password", "benchmark-only");
            properties.put("budgetflow.audit.key.generate", "true");
        } else {
            properties.put("spring.datasource.url", BenchmarkDatabase.url(database) + ";LOCK_TIMEOUT=10000");
        }
        properties.put("budgetflow.demo-data", "true");
        properties.put("budgetflow.demo-documents", "false");
        properties.put("vaadin.allowed-packages", "cn/nanchang/budgetflow");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        // As command-line arguments, so that they win over application.properties (default properties would not).
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        context = new SpringApplicationBuilder(BudgetflowApplication.class)
            .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource data && "dataSource".equals(name) ? SqlCounter.counting(data, "app") : bean;
                }
            }))
            .run(arguments);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Runs work as a signed-in demo user, as a request of that user would. */
    <T> T as(String username, Supplier<T> work) {
        AccountDetails account = accounts.computeIfAbsent(username,
            u -> AccountDetailsFactory.of(bean(OrganizationService.class).user(u).orElseThrow()));
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
