package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.UnavailableException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font the PDF embeds, read from the operating system at each rendering. It must have
 * TrueType outlines: PDFBox subsets and embeds only those ("True Type fonts using CFF outlines are
 * not supported"), which rules out Debian's fonts-noto-cjk (CFF only); Debian's fonts-wqy-zenhei has
 * them and covers GB 18030. A missing file, a font PDFBox cannot embed, or a character the font has
 * no glyph for is an {@link UnavailableException} naming it, so no document is ever printed with boxes.
 */
@Component
public class CjkFont {

    private final File file;
    private final String name;
    private final Messages m;

    CjkFont(@Value("${budgetflow.disclosure.pdf.font-file:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") File file,
            @Value("${budgetflow.disclosure.pdf.font-name:WenQuanYiZenHei}") String name, Messages m) {
        this.file = file;
        this.name = name;
        this.m = m;
    }

    /** Opens the font; close it after the document that embeds it is saved. */
    Loaded open() {
        if (!file.isFile()) {
            throw new UnavailableException(m.get("disclosure.pdf.fontMissing", file.getPath()));
        }
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont font = collection.getFontByName(name);
                if (font == null) {
                    collection.close();
                    throw new UnavailableException(m.get("disclosure.pdf.fontNotInFile", name, file.getPath()));
                }
                return outlined(font, collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return outlined(font, font);
        } catch (IOException e) {
            throw new UnavailableException(m.get("disclosure.pdf.fontUnusable", file.getPath(), e.getMessage()), e);
        }
    }

    /** PDFBox subsets TrueType outlines only; a CFF font would fail when the document is saved. */
    private Loaded outlined(TrueTypeFont font, Closeable source) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            source.close();
            throw new UnavailableException(m.get("disclosure.pdf.fontUnusable", file.getPath(), "CFF"));
        }
        return new Loaded(font, source);
    }

    /** An open font: embeds itself as a subset and says which characters of a text it cannot draw. */
    final class Loaded implements Closeable {
        private final TrueTypeFont font;
        private final Closeable source;

        private Loaded(TrueTypeFont font, Closeable source) {
            this.font = font;
            this.source = source;
        }

        PDType0Font embed(PDDocument document) {
            try {
                return PDType0Font.load(document, font, true);
            } catch (IOException | RuntimeException e) {
                throw new UnavailableException(m.get("disclosure.pdf.fontUnusable", file.getPath(), e.getMessage()), e);
            }
        }

        /** Refuses a text with a character the font lacks (white space and control characters aside). */
        void requireGlyphs(String text) {
            try {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Set<String> missing = new LinkedHashSet<>();
                text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .filter(cp -> cmap.getGlyphId(cp) == 0).limit(20).forEach(cp -> missing.add(Character.toString(cp)));
                if (!missing.isEmpty()) {
                    throw new UnavailableException(m.get("disclosure.pdf.glyphsMissing", name,
                        missing.stream().map(c -> c + "(U+" + Integer.toHexString(c.codePointAt(0)).toUpperCase() + ")")
                            .collect(Collectors.joining("、"))));
                }
            } catch (IOException e) {
                throw new UnavailableException(m.get("disclosure.pdf.fontUnusable", file.getPath(), e.getMessage()), e);
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
