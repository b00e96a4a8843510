package cn.nanchang.budgetflow.personal;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 手写签名: the signed-in user draws it once, may redraw or clear it; the approval sheet shows it
 * next to each of their decisions. Only PNG images are kept, not empty and at most
 * {@value #MAX_BYTES} bytes; a change is audited.
 */
@Service
@Transactional
public class Signatures {

    /** Under the 64 KB of a MySQL BLOB; a drawn signature is a few KB. */
    public static final int MAX_BYTES = 60 * 1024;
    static final int MAX_SIDE = 2000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final SignatureRepository signatures;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;

    Signatures(SignatureRepository signatures, CurrentActor currentActor, AuditLog audit, Clock clock, Messages messages) {
        this.signatures = signatures;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    @Roles.Participant
    public Optional<byte[]> mine() {
        return signatures.findById(currentActor.get().username()).map(Signature::png);
    }

    @Roles.Participant
    public void save(byte[] png) {
        check(png);
        Actor actor = currentActor.get();
        Signature signature = signatures.findById(actor.username()).orElseGet(() -> new Signature(actor.username()));
        signature.replace(png, clock.instant());
        signatures.save(signature);
        audit.record(AuditRecord.of(AuditAction.SIGNATURE_SAVED, actor.username(), actor.role().name())
            .details(png.length + " 字节"));
    }

    @Roles.Participant
    public void clear() {
        Actor actor = currentActor.get();
        Signature signature = signatures.findById(actor.username())
            .orElseThrow(() -> new NotFoundException(messages.get("signature.none")));
        signatures.delete(signature);
        audit.record(AuditRecord.of(AuditAction.SIGNATURE_CLEARED, actor.username(), actor.role().name()));
    }

    /**
     * The signatures of these people, for an approval sheet; the caller (the sheet's service)
     * has checked that its reader may see the document.
     */
    @Transactional(readOnly = true)
    public Map<String, byte[]> of(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return signatures.findByUsernameIn(usernames).stream().collect(Collectors.toMap(Signature::username, Signature::png));
    }

    private void check(byte[] png) {
        if (png == null || png.length == 0) {
            throw ValidationException.of("signature", messages.get("signature.error.blank"));
        }
        if (png.length > MAX_BYTES) {
            throw ValidationException.of("signature", messages.get("signature.error.tooLarge", MAX_BYTES / 1024));
        }
        if (png.length < PNG_MAGIC.length + 25 || !startsWithMagic(png)) {
            throw ValidationException.of("signature", messages.get("signature.error.notPng"));
        }
        // the size the header declares, before decoding: a tiny file may declare 12000×12000, whose decoding
        // would allocate hundreds of MB (issue 12 §5)
        long width = ihdr(png, 16);
        long height = ihdr(png, 20);
        if (width == 0 || height == 0) {
            throw ValidationException.of("signature", messages.get("signature.error.notPng"));
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw ValidationException.of("signature", messages.get("signature.error.tooWide", MAX_SIDE));
        }
        BufferedImage image = decoded(png);
        if (!hasInk(image)) {
            throw ValidationException.of("signature", messages.get("signature.error.blank"));
        }
    }

    private BufferedImage decoded(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw ValidationException.of("signature", messages.get("signature.error.notPng"));
            }
            return image;
        } catch (IOException e) {
            throw ValidationException.of("signature", messages.get("signature.error.notPng"));
        }
    }

    /** A blank canvas is a valid PNG too: ink is any pixel that is neither transparent nor white. */
    private static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 16 && (argb & 0xffffff) != 0xffffff) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A PNG's first chunk is IHDR, right after the signature: length (4 bytes), "IHDR", width, height, each a
     * big-endian unsigned 32-bit number. Anything else there is not a PNG (0, which is refused).
     */
    private static long ihdr(byte[] png, int offset) {
        if (png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return 0;
        }
        return ((png[offset] & 0xffL) << 24) | ((png[offset + 1] & 0xffL) << 16) | ((png[offset + 2] & 0xffL) << 8)
            | (png[offset + 3] & 0xffL);
    }

    private static boolean startsWithMagic(byte[] png) {
        for (int i = 0; i < PNG_MAGIC.length; i++) {
            if (png[i] != PNG_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
