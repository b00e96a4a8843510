package cn.nanchang.budgetflow.document.api;

import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.Copied;
import cn.nanchang.budgetflow.document.DocumentDetails;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints every document type has, under the concrete controller's {@code @RequestMapping}:
 * the list, create (201 with Location), read, update with the version read, submit and withdraw.
 * The section comes from the caller; status changes only through submit, withdraw and task
 * decisions (/api/v1/tasks), never through a field of the body. A type's controller names its
 * type ({@link DocumentApi}), turns a request body into input and a reading into its response,
 * and adds what is its own.
 *
 * @param <R> the type's reading, @param <Q> its request body, @param <I> its input, @param <P> its response
 */
public abstract class DocumentTypeController<R extends DocumentDetails, Q extends DocumentTypeController.Body<I>, I, P> {

    private final DocumentTypeService<?, I, ?, R> service;
    private final DocumentQueries queries;
    private final DocumentType type;

    protected DocumentTypeController(DocumentTypeService<?, I, ?, R> service, DocumentQueries queries, DocumentType type) {
        this.service = service;
        this.queries = queries;
        this.type = type;
    }

    /** A request body of create and update: the version the editor read (update only) and the input. */
    public interface Body<I> {

        Long version();

        I input();
    }

    /** The type's response for a reading. */
    protected abstract P response(R details);

    /** The input when the request has no body: refused as unreadable, unless a type's validation names what is missing. */
    protected I withoutBody() {
        throw new HttpMessageNotReadableException("Required request body is missing", (HttpInputMessage) null);
    }

    @GetMapping
    @Operation(summary = DocumentApiSummaries.NOUN + "列表（可按年度、科室、状态筛选）")
    List<DocumentSummaryResponse> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String section, @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return queries.list(new DocumentFilter(type, fiscalYear, section, status), Math.max(0, offset), limit)
            .stream().map(DocumentSummaryResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "新建" + DocumentApiSummaries.NOUN + "（本人科室）")
    @Created
    ResponseEntity<P> create(@RequestBody(required = false) Q request) {
        R created = service.create(request == null ? withoutBody() : request.input());
        return ResponseEntity.created(URI.create(basePath() + "/" + created.id())).body(response(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = DocumentApiSummaries.GET)
    P get(@PathVariable long id) {
        return response(service.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改" + DocumentApiSummaries.NOUN + "（草稿或已退回时）；带 version 时按乐观锁检查")
    P update(@PathVariable long id, @RequestBody(required = false) Q request) {
        I input = request == null ? withoutBody() : request.input();
        return response(service.update(id, request == null ? null : request.version(), input));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = DocumentApiSummaries.SUBMIT)
    P submit(@PathVariable long id) {
        return response(service.submit(id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回（科长审核前）")
    P withdraw(@PathVariable long id) {
        return response(service.withdraw(id));
    }

    /** A copy's answer: 201 with the new document's address, the document and what did not carry over. */
    protected ResponseEntity<CopyResponse<P>> copied(Copied<R> copy) {
        return ResponseEntity.created(URI.create(basePath() + "/" + copy.document().id()))
            .body(new CopyResponse<>(response(copy.document()), copy.sourceNumber(), copy.notes()));
    }

    private String basePath() {
        return AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(getClass()), RequestMapping.class)
            .path()[0];
    }
}
