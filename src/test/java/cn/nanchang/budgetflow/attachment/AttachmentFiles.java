package cn.nanchang.budgetflow.attachment;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Small files of each kind, made in the test, and the upload call. */
final class AttachmentFiles {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TEXT = "测算说明：办公用品 12 项，单价依据 2026 年协议供货价。\n".getBytes(StandardCharsets.UTF_8);
    /** The start of a Windows program: "MZ", then the PE signature. */
    static final byte[] EXE = exe();
    static final byte[] HTML = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        .getBytes(StandardCharsets.UTF_8);

    private AttachmentFiles() {
    }

    static ResultActions upload(ApiClient api, String user, long documentId, String name, byte[] bytes) {
        return api.send(user, MockMvcRequestBuilders.multipart(ApiClient.DOCUMENTS + "/{id}/attachments", documentId)
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)));
    }

    /** An OOXML container ([Content_Types].xml first), as Word writes one. */
    static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    /** A plain zip: no OOXML content types. */
    static byte[] plainZip() {
        return zip("readme.txt", "data.bin");
    }

    private static byte[] zip(String... entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
