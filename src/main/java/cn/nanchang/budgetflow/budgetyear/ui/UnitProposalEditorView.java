package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.attachment.ui.AttachmentPanels;
import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.ConsolidationLine;
import cn.nanchang.budgetflow.budgetyear.UnitProposalDetails;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput;
import cn.nanchang.budgetflow.budgetyear.UnitProposalService;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.DocumentEditor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 财务 consolidates a round into the unit's proposal: the round's accepted request lines by section,
 * each with a cut column (the amount proposed instead and the reason), and the consolidation's
 * tables recomputed as cuts are typed. A new proposal takes its year from {@code ?fiscalYear=}
 * (the year page links here); every refused value shows on its field, in Chinese.
 */
@Route("unit-proposals/new")
@Menu(title = "nav.newUnitProposal", order = 4)
@RouteAlias("unit-proposals/:id([0-9]+)/edit")
@RolesAllowed("FINANCE")
class UnitProposalEditorView extends DocumentEditor<UnitProposalDetails, UnitProposalInput> implements HasDynamicTitle {

    private static final Pattern CUT_FIELD = Pattern.compile("cuts\\[(\\d+)]\\.?(\\w*)");

    private final UnitProposalService proposals;
    private final IntegerField year;
    private final Div roundNote = new Div();
    private final VerticalLayout lines = new VerticalLayout();
    private final Div errors = errorArea("cuts-error");
    private final ConsolidationPanel tables = new ConsolidationPanel();
    private final List<CutRow> rows = new ArrayList<>();
    /** The rows whose cuts the last input listed, in its order: cuts[i] is about cutRows.get(i). */
    private List<CutRow> cutRows = List.of();
    private BudgetRound round;
    private Integer requestedYear;

    UnitProposalEditorView(UnitProposalService proposals, PreparedYear preparedYear, DocumentHistory history, AttachmentPanels attachments) {
        super(proposals, history, DocumentType.UNIT_PROPOSAL, "proposal", attachments::panel);
        this.proposals = proposals;
        this.year = yearField("proposal-year", preparedYear.year(), this::loadYear);
        roundNote.setId("proposal-round-note");
        lines.setId("cut-lines");
        lines.setPadding(false);
        add(title(), year, roundNote, new H3(getTranslation("proposal.linesTitle")), lines, errors, tables,
            new HorizontalLayout(saveButton("save-proposal", "proposal.save")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestedYear = event.getLocation().getQueryParameters().getSingleParameter("fiscalYear")
            .map(InputChecks::yearDigits).orElse(null);
        super.beforeEnter(event);
    }

    @Override
    protected void startNew() {
        if (requestedYear != null && !requestedYear.equals(year.getValue())) {
            year.setValue(requestedYear); // loads the year through its listener
        } else {
            loadYear();
        }
    }

    @Override
    protected void fill(UnitProposalDetails proposal) {
        year.setValue(proposal.fiscalYear());
        year.setReadOnly(true);
        round = proposal.round();
        roundNote.setText(getTranslation("proposal.editor.round", getTranslation(round.labelKey())));
        showLines(proposal.consolidation().lines());
    }

    /** A new proposal consolidates the round the year waits for; any other time there is nothing to consolidate. */
    private void loadYear() {
        if (documentId() != null) {
            return;
        }
        Integer y = year.getValue();
        round = y == null || y < 2000 || y > 2099 ? null : proposals.roundAwaitingProposal(y).orElse(null);
        roundNote.setText(round == null ? getTranslation("proposal.editor.notAtStage")
            : getTranslation("proposal.editor.round", getTranslation(round.labelKey())));
        showLines(round == null ? List.of() : proposals.consolidation(y, round).lines());
    }

    private void showLines(List<ConsolidationLine> consolidated) {
        lines.removeAll();
        rows.clear();
        String section = null;
        for (ConsolidationLine line : consolidated) {
            if (!Objects.equals(section, line.sectionCode())) {
                section = line.sectionCode();
                lines.add(new H4(line.sectionName()));
            }
            CutRow row = new CutRow(line, this::refreshTables);
            row.fill(line);
            rows.add(row);
            lines.add(row);
        }
        refreshTables();
    }

    private void refreshTables() {
        tables.setVisible(round != null);
        if (round != null) {
            tables.show(proposals.preview(year.getValue(), round, rows.stream().filter(CutRow::isCut).map(CutRow::input).toList()));
        }
    }

    @Override
    protected UnitProposalInput input() {
        cutRows = rows.stream().filter(CutRow::isCut).toList();
        return new UnitProposalInput(year.getValue(), cutRows.stream().map(CutRow::input).toList());
    }

    @Override
    protected void show(FieldViolation violation) {
        Matcher m = CUT_FIELD.matcher(violation.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < cutRows.size()) {
            cutRows.get(Integer.parseInt(m.group(1))).markInvalid(m.group(2), violation.message());
        } else if ("fiscalYear".equals(violation.field())) {
            year.setErrorMessage(violation.message());
            year.setInvalid(true);
        } else {
            errors.setText(violation.message());
        }
    }

    @Override
    protected void clearErrors() {
        year.setInvalid(false);
        errors.setText("");
        rows.forEach(CutRow::clearInvalid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.unitProposal");
    }
}
