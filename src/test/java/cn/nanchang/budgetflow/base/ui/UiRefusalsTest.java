package cn.nanchang.budgetflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused address is audited by its template, so that trying id after id fills one window, not the log. */
class UiRefusalsTest {

    @Test
    void numeric_segments_become_id_and_words_stay() {
        assertThat(UiRefusals.template("budget-drafts/123")).isEqualTo("budget-drafts/{id}");
        assertThat(UiRefusals.template("audit/documents/7/sheet")).isEqualTo("audit/documents/{id}/sheet");
        assertThat(UiRefusals.template("42")).isEqualTo("{id}");
        assertThat(UiRefusals.template("budget-year/2025")).isEqualTo("budget-year/{id}");
        assertThat(UiRefusals.template("users")).isEqualTo("users");
        assertThat(UiRefusals.template("s2025x/12ab")).isEqualTo("s2025x/12ab");
    }
}
