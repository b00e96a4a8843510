package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.document.DocumentDrafting;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, reads, submits and withdraws procurement plans. Staff plan for their own
 * section; everyone who may see a section's documents may read its plans. Edits are accepted
 * only while the plan is DRAFT or RETURNED, and only from its drafter (the shared steps of {@link
 * DocumentTypeService}, with {@link ProcurementPlanSupport}).
 */
@Service
@Transactional
public class ProcurementPlanService
        extends DocumentTypeService<ProcurementPlan, ProcurementPlanInput, List<ValidItem>, ProcurementPlanDetails> {

    ProcurementPlanService(DocumentDrafting drafting, ProcurementPlanSupport support) {
        super(drafting, support);
    }

    /** The intention notices of a plan's items that need a procurement procedure. */
    @Transactional(readOnly = true)
    @Roles.Reader
    public List<IntentionNotice> intentions(long id) {
        return get(id).intentions();
    }
}
