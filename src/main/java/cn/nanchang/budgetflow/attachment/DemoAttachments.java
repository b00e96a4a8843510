package cn.nanchang.budgetflow.attachment;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.security.ActingAs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, after every demo document exists: a few small example attachments (issue 19 §3), named
 * 示例_… and flagged as examples — the 2023 projects' feasibility study, the 2023 procurement plans' market
 * survey, one 2023 budget draft's 测算说明. Added by each document's drafter through {@link Attachments},
 * so each is audited with its SHA-256 and covered by the chain's verification. Idempotent.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoAttachments implements ApplicationRunner {

    static final int YEAR = 2023;

    private record Example(DocumentType type, int documents, String name, String resource) {
    }

    private static final List<Example> EXAMPLES = List.of(
        new Example(DocumentType.PROJECT_APPLICATION, 10, "示例_可行性研究报告.pdf", "feasibility-study.pdf"),
        new Example(DocumentType.PROCUREMENT_PLAN, 10, "示例_市场调研报告.txt", "market-survey.txt"),
        new Example(DocumentType.BUDGET_DRAFT, 1, "示例_测算说明.txt", "cost-basis.txt"));

    private final Attachments attachments;
    private final DocumentQueries queries;
    private final ActingAs acting;
    private final TransactionTemplate transaction;

    DemoAttachments(Attachments attachments, DocumentQueries queries, ActingAs acting, PlatformTransactionManager transactions) {
        this.attachments = attachments;
        this.queries = queries;
        this.acting = acting;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> EXAMPLES.forEach(this::attach));
    }

    private void attach(Example example) {
        byte[] bytes = read(example.resource());
        List<DocumentSummary> documents = acting.run("finance", () -> queries.list(
            new DocumentFilter(example.type(), YEAR, null, null), 0, example.documents()));
        for (DocumentSummary document : documents) {
            acting.run(document.drafter(), () -> {
                attachments.addExample(document.id(), example.name(), bytes);
                return null;
            });
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource("demo/attachments/" + resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("demo attachment missing: " + resource, e);
        }
    }
}
