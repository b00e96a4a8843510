package cn.nanchang.budgetflow.administration;

/**
 * A section as the page, the API or the 花名册 sends it, raw, so that each bad value is reported
 * against its own field. {@code code} (such as S07) counts only when the section is created: it
 * never changes. {@code head} is the username of its 科长, or empty for none.
 */
public record SectionInput(String code, String name, Integer sortOrder, String head) {
}
