package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.approval.ui.DocumentPageLayout;
import cn.nanchang.budgetflow.approval.ui.DocumentPageParts;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budgetyear.ConsolidationLine;
import cn.nanchang.budgetflow.budgetyear.UnitProposalDetails;
import cn.nanchang.budgetflow.budgetyear.UnitProposalService;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * A unit proposal read-only: what every document page shows (审批进度, the 主任办公会 record and the
 * decisions, the trail), with the round, the consolidation's tables and every cut with its reason.
 * Submitting and withdrawing go through the proposal's service, which checks the requests first.
 */
@Route("unit-proposals/:id([0-9]+)")
class UnitProposalView extends DocumentPageLayout<UnitProposalDetails> implements HasDynamicTitle {

    private final UnitProposalService proposals;

    UnitProposalView(UnitProposalService proposals, DocumentPageParts parts) {
        super(parts, proposals::get);
        this.proposals = proposals;
    }

    @Override
    protected Sheet sheet(long id, UnitProposalDetails proposal) {
        String title = getTranslation("doctype.sheetTitle", proposal.sectionName(), proposal.fiscalYear(),
            getTranslation("document.type.UNIT_PROPOSAL"));
        Span round = new Span(getTranslation("proposal.round") + "：" + getTranslation(proposal.round().labelKey()));
        round.setId("proposal-round");
        ConsolidationPanel tables = new ConsolidationPanel();
        tables.show(proposal.consolidation());
        return new Sheet(title, numberLine(proposal.number(), proposal.drafterName(), round),
            new DocumentActions.Target(id, DocumentType.UNIT_PROPOSAL, proposal.status(), "proposal", "proposal.locked",
                () -> proposals.submit(id), () -> proposals.withdraw(id)).titled(proposal.number(), title),
            List.of(tables, new H3(getTranslation("proposal.cuts")), cuts(proposal.consolidation().cutLines())));
    }

    private Component cuts(List<ConsolidationLine> cut) {
        if (cut.isEmpty()) {
            Div none = new Div(getTranslation("proposal.noCuts"));
            none.setId("cut-lines");
            return none;
        }
        Grid<ConsolidationLine> grid = new Grid<>();
        grid.setId("cut-lines");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ConsolidationLine::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(l -> l.draftNumber() + " #" + l.lineNo()).setHeader(getTranslation("proposal.source")).setAutoWidth(true);
        grid.addColumn(l -> l.functionCode() + " " + l.functionName()).setHeader(getTranslation("draft.functionCode"))
            .setAutoWidth(true);
        grid.addColumn(l -> l.economicCode() + " " + l.economicName()).setHeader(getTranslation("draft.economicCode"))
            .setAutoWidth(true);
        grid.addColumn(l -> l.projectCode() == null ? "" : l.projectCode()).setHeader(getTranslation("proposal.projectCode"))
            .setAutoWidth(true);
        grid.addColumn(l -> l.requested().formatYuan()).setHeader(getTranslation("proposal.requested") + "（元）")
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> l.proposed().formatYuan()).setHeader(getTranslation("proposal.proposed") + "（元）")
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> l.cut().formatYuan()).setHeader(getTranslation("proposal.cut") + "（元）")
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ConsolidationLine::cutReason).setHeader(getTranslation("proposal.cutReason")).setWidth("16em")
            .setFlexGrow(2);
        grid.setItems(cut);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.unitProposal");
    }
}
