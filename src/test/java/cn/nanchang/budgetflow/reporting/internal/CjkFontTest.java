package cn.nanchang.budgetflow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanchang.budgetflow.base.UnavailableException;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.io.File;
import org.junit.jupiter.api.Test;

/**
 * The PDF's font: an absent file, a face the file lacks, a font PDFBox cannot embed (Noto CJK's CFF
 * outlines) and a character without a glyph each stop the PDF with a message naming what is missing.
 */
class CjkFontTest {

    static final File ZEN_HEI = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final File NOTO = new File("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    @Test
    void a_missing_font_file_is_named_with_the_package_that_provides_it() {
        CjkFont font = new CjkFont(new File("/nowhere/wqy-zenhei.ttc"), "WenQuanYiZenHei", BundledMessages.messages());
        assertThatThrownBy(font::open).isInstanceOf(UnavailableException.class)
            .hasMessageContaining("/nowhere/wqy-zenhei.ttc").hasMessageContaining("fonts-wqy-zenhei");
    }

    @Test
    void a_face_the_collection_lacks_is_named() {
        CjkFont font = new CjkFont(ZEN_HEI, "SimSun", BundledMessages.messages());
        assertThatThrownBy(font::open).isInstanceOf(UnavailableException.class).hasMessageContaining("SimSun");
    }

    @Test
    void a_font_with_cff_outlines_is_refused_rather_than_failing_half_way() {
        CjkFont font = new CjkFont(NOTO, "NotoSansCJKsc-Regular", BundledMessages.messages());
        assertThatThrownBy(font::open).isInstanceOf(UnavailableException.class).hasMessageContaining("TrueType")
            .hasMessageContaining(NOTO.getPath());
    }

    @Test
    void a_character_without_a_glyph_is_named_and_ordinary_text_passes() throws Exception {
        CjkFont font = new CjkFont(ZEN_HEI, "WenQuanYiZenHei", BundledMessages.messages());
        try (CjkFont.Loaded loaded = font.open()) {
            loaded.requireGlyphs("南昌市数字科学研究中心 政府办公厅（室）及相关机构事务 1,282.20 “三公”");
            assertThatThrownBy(() -> loaded.requireGlyphs("经费\uD83D\uDE00")).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("U+1F600");
        }
    }
}
