package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDiffTest {

    private static DocumentSnapshot lines(String... amounts) {
        DocumentSnapshot s = DocumentSnapshot.of().table("明细");
        for (int i = 0; i < amounts.length; i++) {
            s.row("明细", DocumentSnapshot.line().put("名称", "第" + (char) ('A' + i) + "项").put("金额", amounts[i]));
        }
        return s;
    }

    @Test
    void an_unchanged_document_has_no_changes() {
        assertThat(FieldDiff.between(lines("1.00", "2.00"), lines("1.00", "2.00"))).isEmpty();
    }

    @Test
    void a_changed_header_field_is_recorded_with_both_values() {
        var before = DocumentSnapshot.of().field("项目名称", "甲").field("概述", "  ");
        var after = DocumentSnapshot.of().field("项目名称", "乙").field("概述", "新写的概述");
        assertThat(FieldDiff.between(before, after)).containsExactly(
            new FieldChange(null, null, null, "项目名称", "甲", "乙"),
            new FieldChange(null, null, null, "概述", null, "新写的概述"));
    }

    @Test
    void a_changed_amount_names_its_line_and_only_the_changed_field() {
        List<FieldChange> changes = FieldDiff.between(lines("1000.00", "2000.00"), lines("1000.00", "2500.00"));
        assertThat(changes).containsExactly(new FieldChange("明细", 2, 2, "金额", "2000.00", "2500.00"));
        assertThat(changes.get(0).place()).isEqualTo(FieldChange.Place.CHANGED_ROW);
    }

    @Test
    void removing_the_first_line_reads_as_one_removal_not_as_every_line_changed() {
        List<FieldChange> changes = FieldDiff.between(lines("1.00", "2.00", "3.00"),
            DocumentSnapshot.of().table("明细")
                .row("明细", DocumentSnapshot.line().put("名称", "第B项").put("金额", "2.00"))
                .row("明细", DocumentSnapshot.line().put("名称", "第C项").put("金额", "3.00")));
        assertThat(changes).containsExactly(
            new FieldChange("明细", null, 1, "名称", "第A项", null),
            new FieldChange("明细", null, 1, "金额", "1.00", null));
        assertThat(changes).allSatisfy(c -> assertThat(c.place()).isEqualTo(FieldChange.Place.REMOVED_ROW));
    }

    @Test
    void an_added_line_lists_each_of_its_values_and_empty_fields_are_left_out() {
        var after = lines("1.00");
        after.row("明细", DocumentSnapshot.line().put("名称", "新增项").put("金额", "9.00").put("备注", null));
        assertThat(FieldDiff.between(lines("1.00"), after)).containsExactly(
            new FieldChange("明细", 2, null, "名称", null, "新增项"),
            new FieldChange("明细", 2, null, "金额", null, "9.00"));
    }

    @Test
    void a_changed_line_after_an_inserted_one_keeps_its_former_number() {
        var before = lines("1.00", "2.00");
        var after = DocumentSnapshot.of().table("明细")
            .row("明细", DocumentSnapshot.line().put("名称", "插入项").put("金额", "5.00"))
            .row("明细", DocumentSnapshot.line().put("名称", "第A项").put("金额", "1.00"))
            .row("明细", DocumentSnapshot.line().put("名称", "第B项").put("金额", "2.50"));
        assertThat(FieldDiff.between(before, after)).containsExactly(
            new FieldChange("明细", 1, null, "名称", null, "插入项"),
            new FieldChange("明细", 1, null, "金额", null, "5.00"),
            new FieldChange("明细", 3, 2, "金额", "2.00", "2.50"));
    }

    @Test
    void a_creation_records_every_value_as_added() {
        assertThat(FieldDiff.between(DocumentSnapshot.empty(), lines("7.00"))).containsExactly(
            new FieldChange("明细", 1, null, "名称", null, "第A项"),
            new FieldChange("明细", 1, null, "金额", null, "7.00"));
    }
}
