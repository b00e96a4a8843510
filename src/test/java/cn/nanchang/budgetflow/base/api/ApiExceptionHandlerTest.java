package cn.nanchang.budgetflow.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.BundledMessages;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

/**
 * Issue 12 §5: a drafter's 撤回 racing the 科长's approval loses in the engine with its
 * OptimisticLockingException, as it is or wrapped by the engine or the transaction; that is a
 * conflict (409, try again), never a 500. Every answer is JSON whatever the request accepts.
 */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(BundledMessages.messages());

    @Test
    void the_engines_optimistic_lock_as_it_is_or_wrapped_is_a_409() {
        OptimisticLockingException engine = new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed");
        for (Exception e : java.util.List.of(engine, new ProcessEngineException("delegate failed", engine),
                new TransactionSystemException("commit failed", engine), new IllegalStateException(new RuntimeException(engine)))) {
            ResponseEntity<ApiError> answer = handler.unexpected(e);
            assertThat(answer.getStatusCode().value()).as(e.toString()).isEqualTo(409);
            assertThat(answer.getBody().message()).isEqualTo(BundledMessages.messages().get("api.error.stale"));
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        }
    }

    @Test
    void anything_else_unexpected_stays_a_500_in_json() {
        ResponseEntity<ApiError> answer = handler.unexpected(new IllegalStateException("boom"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }
}
