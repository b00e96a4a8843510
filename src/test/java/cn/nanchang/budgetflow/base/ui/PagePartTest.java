package cn.nanchang.budgetflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class PagePartTest {

    @Test
    void a_part_that_builds_is_shown_as_built() {
        Span part = new Span("流程预测");

        assertThat(PagePart.guarded("path-preview", "preview.title", () -> part)).isSameAs(part);
    }

    @Test
    void a_part_that_fails_is_replaced_by_a_notice_with_its_id_instead_of_failing_the_page() {
        Component shown = PagePart.guarded("path-preview", "preview.title", () -> {
            throw new IllegalStateException("cannot preview condition");
        });

        assertThat(shown.getId()).hasValue("path-preview");
        assertThat(shown.getElement().getClassList()).contains("page-part-failed");
        assertThat(shown.getElement().getText()).isNotBlank();
    }
}
