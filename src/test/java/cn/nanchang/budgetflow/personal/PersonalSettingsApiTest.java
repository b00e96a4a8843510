package cn.nanchang.budgetflow.personal;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * /api/v1/me/opinions and /api/v1/me/signature: each user's own 常用意见 (add, edit, reorder,
 * delete, limits, defaults while empty) and handwritten signature (PNG only, not blank, size
 * limit, redraw and clear, audited), never another user's.
 */
@ApiTestContext
class PersonalSettingsApiTest {

    private static final String OPINIONS = "/api/v1/me/opinions";
    private static final String SIGNATURE = "/api/v1/me/signature";

    private final MockMvc mvc;
    private final ApiClient api;
    private final AuditLog audit;

    PersonalSettingsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired AuditLog audit) {
        this.mvc = mvc;
        this.audit = audit;
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void a_user_adds_edits_reorders_and_deletes_their_opinions_and_the_defaults_are_offered_only_while_the_list_is_empty()
            throws Exception {
        JsonNode empty = api.body(api.get("head2", OPINIONS).andExpect(status().isOk()));
        assertThat(empty.path("opinions")).isEmpty();
        assertThat(empty.path("choices")).isNotEmpty();

        long first = api.body(api.post("head2", OPINIONS, Map.of("text", " 同意，请财务复核。 ")).andExpect(status().isCreated())).path("id").asLong();
        long second = api.body(api.post("head2", OPINIONS, Map.of("text", "请补充依据")).andExpect(status().isCreated())).path("id").asLong();
        api.put("head2", OPINIONS + "/{id}", Map.of("text", "请补充测算依据"), second).andExpect(status().isOk());
        JsonNode reordered = api.body(api.put("head2", OPINIONS + "/order", Map.of("ids", List.of(second, first))).andExpect(status().isOk()));

        assertThat(texts(reordered)).containsExactly("请补充测算依据", "同意，请财务复核。");
        JsonNode list = api.body(api.get("head2", OPINIONS).andExpect(status().isOk()));
        assertThat(texts(list.path("opinions"))).containsExactly("请补充测算依据", "同意，请财务复核。");
        assertThat(list.path("choices")).extracting(JsonNode::asText).containsExactly("请补充测算依据", "同意，请财务复核。");

        delete("head2", OPINIONS + "/" + first).andExpect(status().isNoContent());
        delete("head2", OPINIONS + "/" + second).andExpect(status().isNoContent());
        assertThat(api.body(api.get("head2", OPINIONS)).path("opinions")).isEmpty();
    }

    @Test
    void another_users_opinion_is_not_found_and_bad_input_names_its_field() throws Exception {
        long mine = api.body(api.post("head3", OPINIONS, Map.of("text", "同意")).andExpect(status().isCreated())).path("id").asLong();

        api.put("head4", OPINIONS + "/{id}", Map.of("text", "改"), mine).andExpect(status().isNotFound());
        delete("head4", OPINIONS + "/" + mine).andExpect(status().isNotFound());
        api.post("head3", OPINIONS, Map.of("text", "  ")).andExpect(rejectedFor("text"));
        api.post("head3", OPINIONS, Map.of("text", "长".repeat(201))).andExpect(rejectedFor("text"));
        api.post("head3", OPINIONS, Map.of("text", "a\u0007b")).andExpect(rejectedFor("text"));
        api.put("head3", OPINIONS + "/order", Map.of("ids", List.of(mine, mine))).andExpect(rejectedFor("ids"));
        api.get("auditor", OPINIONS).andExpect(status().isForbidden());
        delete("head3", OPINIONS + "/" + mine).andExpect(status().isNoContent());
    }

    @Test
    void no_more_than_thirty_opinions_are_kept() throws Exception {
        for (int i = 0; i < CommonOpinions.MAX_COUNT; i++) {
            api.post("head6", OPINIONS, Map.of("text", "意见" + i)).andExpect(status().isCreated());
        }
        api.post("head6", OPINIONS, Map.of("text", "再一条")).andExpect(rejectedFor("text"));
        for (JsonNode o : api.body(api.get("head6", OPINIONS)).path("opinions")) {
            delete("head6", OPINIONS + "/" + o.path("id").asLong()).andExpect(status().isNoContent());
        }
    }

    @Test
    void a_signature_is_drawn_read_back_redrawn_and_cleared_and_each_change_is_audited() throws Exception {
        int savedBefore = audit.byActor("finance", AuditAction.SIGNATURE_SAVED).size();
        int clearedBefore = audit.byActor("finance", AuditAction.SIGNATURE_CLEARED).size();
        byte[] png = png(true);
        putSignature("finance", png).andExpect(status().isNoContent());

        mvc.perform(MockMvcRequestBuilders.get(SIGNATURE).with(httpBasic("finance", ApiClient.PASSWORD)))
            .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG)).andExpect(content().bytes(png));
        putSignature("finance", png(true)).andExpect(status().isNoContent());
        delete("finance", SIGNATURE).andExpect(status().isNoContent());

        api.get("finance", SIGNATURE).andExpect(status().isNotFound());
        delete("finance", SIGNATURE).andExpect(status().isNotFound());
        assertThat(audit.byActor("finance", AuditAction.SIGNATURE_SAVED).size()).isEqualTo(savedBefore + 2);
        assertThat(audit.byActor("finance", AuditAction.SIGNATURE_CLEARED).size()).isEqualTo(clearedBefore + 1);
    }

    @Test
    void a_signature_that_is_not_a_png_is_blank_or_too_big_is_refused_naming_signature() throws Exception {
        putSignature("director", new byte[0]).andExpect(rejectedFor("signature"));
        putSignature("director", "GIF89a not a png".getBytes()).andExpect(rejectedFor("signature"));
        putSignature("director", png(false)).andExpect(rejectedFor("signature"));
        byte[] huge = new byte[Signatures.MAX_BYTES + 1];
        System.arraycopy(png(true), 0, huge, 0, 8);
        putSignature("director", huge).andExpect(rejectedFor("signature"));
        putSignature("auditor", png(true)).andExpect(status().isForbidden());
    }

    /**
     * Issue 12 §5: a PNG of a few hundred bytes whose header declares 12000×12000 would, decoded, take
     * 576 MB; it is refused by the declared size before any decoding, with the size rule's message.
     */
    @Test
    void a_tiny_png_declaring_a_huge_image_is_refused_by_its_header_before_decoding() throws Exception {
        byte[] bomb = declaring(png(true), 12_000, 12_000);
        assertThat(bomb.length).isLessThan(2_000);

        JsonNode refused = api.body(putSignature("director", bomb).andExpect(rejectedFor("signature")));
        assertThat(refused.path("message").asText()).contains("2000");
        putSignature("director", declaring(png(true), 2_001, 10)).andExpect(rejectedFor("signature"));
    }

    /** The PNG with its IHDR width and height replaced (and the chunk's CRC made right again). */
    private static byte[] declaring(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        java.nio.ByteBuffer.wrap(copy, 16, 8).putInt(width).putInt(height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(copy, 12, 17);
        java.nio.ByteBuffer.wrap(copy, 29, 4).putInt((int) crc.getValue());
        return copy;
    }

    @Test
    void the_approval_sheet_shows_a_deciders_signature_next_to_their_decisions_only() throws Exception {
        byte[] png = png(true);
        putSignature("head5", png).andExpect(status().isNoContent());
        putSignature("staff5", png(true)).andExpect(status().isNoContent());
        long draft = api.drafts().submitted("staff5").id();
        api.approve("head5", draft);

        JsonNode steps = api.body(api.get("auditor", "/api/v1/audit/documents/{id}/approval-sheet", draft)
            .andExpect(status().isOk())).path("steps");

        JsonNode submit = steps.get(steps.size() - 2);
        JsonNode approve = steps.get(steps.size() - 1);
        assertThat(submit.path("action").asText()).isEqualTo("SUBMIT");
        assertThat(submit.path("signature").isNull()).isTrue();
        assertThat(approve.path("action").asText()).isEqualTo("APPROVE");
        assertThat(approve.path("signature").asText())
            .isEqualTo("data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png));
        delete("head5", SIGNATURE).andExpect(status().isNoContent());
        delete("staff5", SIGNATURE).andExpect(status().isNoContent());
    }

    private ResultActions putSignature(String user, byte[] body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(SIGNATURE).contentType(MediaType.IMAGE_PNG).content(body)
            .with(httpBasic(user, ApiClient.PASSWORD)));
    }

    private ResultActions delete(String user, String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(uri).with(httpBasic(user, ApiClient.PASSWORD))
            .header(ApiClient.SCRIPT_HEADER, "XMLHttpRequest"));
    }

    /** A small PNG, with a stroke drawn on it or blank (transparent). */
    static byte[] png(boolean inked) throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        if (inked) {
            var g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.drawLine(5, 30, 110, 8);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<String> texts(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(o -> o.path("text").asText()).toList();
    }
}
