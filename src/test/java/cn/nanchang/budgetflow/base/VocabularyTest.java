package cn.nanchang.budgetflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 §1: one word for each thing in every sentence the user reads (the README's 术语表). The
 * bundle is scanned for the variants the glossary rejects, so that a new sentence cannot bring them back.
 */
class VocabularyTest {

    private final Map<String, String> bundle = bundle();

    @Test
    void an_approved_document_is_always_yibifu_never_yipizhun() {
        assertThat(withText(Pattern.compile("已批准"))).isEmpty();
        assertThat(bundle.get("document.status.APPROVED")).isEqualTo("已批复");
        assertThat(bundle.get("notification.kind.APPROVED")).isEqualTo("已批复");
    }

    @Test
    void the_two_numbers_of_a_project_have_names_that_cannot_be_confused() {
        assertThat(bundle.get("common.number")).isEqualTo("单据编号");
        assertThat(bundle.get("project.code")).isEqualTo("项目库编号");
        assertThat(withText(Pattern.compile("^编号$|(?<!采购)项目编号"))).isEmpty();
        assertThat(bundle.get("common.number.hint")).contains("XM-").startsWith("单据编号");
        assertThat(bundle.get("project.code.hint")).contains("XM-2027-S04-0001").startsWith("项目库编号");
    }

    @Test
    void a_return_is_confirmed_as_a_return_and_an_approval_as_an_approval() {
        assertThat(bundle.get("review.done.returned")).startsWith("已退回");
        assertThat(bundle.get("review.done")).startsWith("已同意");
    }

    @Test
    void a_month_is_shown_as_year_and_month_in_chinese() {
        assertThat(bundle.get("doctype.yearMonth")).isEqualTo("{0,number,#}年{1,number,#}月");
        assertThat(bundle.get("project.periodValue")).contains("年{1,number,#}月");
        assertThat(Messages.text("project.periodValue", 2027, 3, 2027, 12)).isEqualTo("2027年3月至2027年12月");
    }

    @Test
    void an_amount_field_shows_wan_yuan_with_the_unit() {
        assertThat(Messages.text("amount.field.wan", Money.yuan("12000.50").formatWanYuan())).isEqualTo("合 1.20 万元");
    }

    @Test
    void an_amount_handed_to_a_message_reads_173_000_50_whoever_formats_it() {
        // MessageFormat alone would write 173,000.5, or 173000.50 from Money's toString
        assertThat(Messages.text("adjustment.sums", Money.yuan("173000.50"), Money.yuan("3500.00")))
            .isEqualTo("调减 173,000.50 元，调增 3,500.00 元");
    }

    private Map<String, String> withText(Pattern rejected) {
        Map<String, String> found = new TreeMap<>();
        bundle.forEach((key, value) -> {
            if (rejected.matcher(value).find()) {
                found.put(key, value);
            }
        });
        return found;
    }

    private static Map<String, String> bundle() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(VocabularyTest.class.getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
