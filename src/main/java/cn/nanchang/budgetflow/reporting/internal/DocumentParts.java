package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.Disclosure.TextSection;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The disclosure as a printed document reads it: parts, each opened by a text section headed 第…部分, with
 * the sections that follow it; the tables belong to the part that lists them (第二部分 …单位预算表). Both the
 * PDF and the Word document are drawn from these parts, so a part added to the model's text (第一部分 单位概况,
 * 第四部分 名词解释) appears in both, in the 目录 too, without a change to either renderer.
 */
public record DocumentParts(String unitName, int fiscalYear, LocalDate publishedOn, List<Part> parts) {

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");

    /**
     * One part: its heading and own paragraphs, the sections under it and, for the part that lists them,
     * the tables. {@code heading} is null for text before the first 第…部分.
     */
    public record Part(String heading, List<String> paragraphs, List<TextSection> sections, List<DisclosureTable> tables) {
    }

    /** Whether a text heading opens a part (第一部分 …, 第二部分 …). */
    public static boolean isPart(String heading) {
        return heading != null && PART.matcher(heading).matches();
    }

    /** The parts of {@code d}; {@code publishedOn} (the cover's 公开日期) is null for a disclosure not yet published. */
    public static DocumentParts of(Disclosure d, LocalDate publishedOn) {
        List<Part> parts = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = List.of();
        List<TextSection> sections = new ArrayList<>();
        for (TextSection s : d.text()) {
            if (isPart(s.heading())) {
                add(parts, heading, paragraphs, sections, d);
                heading = s.heading();
                paragraphs = s.paragraphs();
                sections = new ArrayList<>();
            } else {
                sections.add(s);
            }
        }
        add(parts, heading, paragraphs, sections, d);
        if (parts.stream().noneMatch(p -> !p.tables().isEmpty()) && !d.tables().isEmpty()) {
            parts.add(new Part(null, List.of(), List.of(), d.tables()));
        }
        return new DocumentParts(d.unitName(), d.fiscalYear(), publishedOn, parts);
    }

    private static void add(List<Part> parts, String heading, List<String> paragraphs, List<TextSection> sections, Disclosure d) {
        if (heading == null && sections.isEmpty()) {
            return;
        }
        boolean listsTables = !d.tables().isEmpty() && paragraphs.stream()
            .anyMatch(p -> p.contains("《" + d.tables().get(0).title() + "》"));
        parts.add(new Part(heading, paragraphs, List.copyOf(sections), listsTables ? d.tables() : List.of()));
    }
}
