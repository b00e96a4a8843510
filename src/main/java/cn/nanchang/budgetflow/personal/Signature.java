package cn.nanchang.budgetflow.personal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's handwritten signature, as the PNG their browser drew. */
@Entity
@Table(name = "user_signature")
class Signature {

    @Id
    private String username;
    @Lob
    private byte[] png;
    private Instant updatedAt;

    protected Signature() {
    }

    Signature(String username) {
        this.username = username;
    }

    void replace(byte[] newPng, Instant at) {
        this.png = newPng.clone();
        this.updatedAt = at;
    }

    byte[] png() {
        return png.clone();
    }

    String username() {
        return username;
    }
}
