package cn.nanchang.budgetflow.reporting.api;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureView;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * A year's disclosure over HTTP: every table (header with spans, rows with exact yuan and the
 * published 万元 figure), the explanatory text, the cross-check findings and the publication state.
 */
record DisclosureResponse(int fiscalYear, String unitName, String status, String statusName, boolean frozen,
        boolean publishable, @Nullable String preparedBy, @Nullable Instant submittedAt, @Nullable String decidedBy,
        @Nullable Instant publishedAt, @Nullable String returnComment, Instant generatedAt, List<TableResponse> tables, List<Disclosure.TextSection> text,
        List<FindingResponse> findings) {

    static DisclosureResponse of(DisclosureView view, Messages m) {
        Disclosure d = view.disclosure();
        var s = view.state();
        return new DisclosureResponse(d.fiscalYear(), d.unitName(), s.status().name(), m.get(s.status().labelKey()), view.frozen(),
            d.publishable(), s.preparedBy(), s.submittedAt(), s.decidedBy(), s.publishedAt(), s.returnComment(), d.generatedAt(),
            d.tables().stream().map(t -> TableResponse.of(t, m)).toList(), d.text(),
            d.findings().stream().map(f -> new FindingResponse(f.check(), f.difference().toString(), f.message())).toList());
    }

    record TableResponse(String number, String title, String unit, List<List<DisclosureTable.HeaderCell>> header,
            List<RowResponse> rows, boolean empty, @Nullable String note) {

        static TableResponse of(DisclosureTable t, Messages m) {
            return new TableResponse(t.number(), t.title(), m.get("disclosure.unit"), t.header(),
                t.rows().stream().map(RowResponse::of).toList(), t.empty(), t.note());
        }
    }

    @Schema(name = "DisclosureRowResponse")
    record RowResponse(int level, boolean total, List<CellResponse> cells) {

        static RowResponse of(DisclosureTable.Row r) {
            return new RowResponse(r.level(), r.total(), r.cells().stream().map(CellResponse::of).toList());
        }
    }

    /** A text cell has {@code text}; an amount cell has {@code yuan} (exact) and {@code wan} (万元, two decimals). */
    record CellResponse(@Nullable String text, @Nullable String yuan, @Nullable String wan) {

        static CellResponse of(DisclosureTable.Cell c) {
            Money a = c.amount();
            return a == null ? new CellResponse(c.text(), null, null)
                : new CellResponse(null, a.toString(), a.wanYuan().toPlainString());
        }
    }

    record FindingResponse(String check, String differenceYuan, String message) {
    }
}
