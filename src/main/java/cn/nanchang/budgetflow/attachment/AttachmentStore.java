package cn.nanchang.budgetflow.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes are kept. Stored bytes are never changed or overwritten: {@link #put} always makes a
 * new object. The filesystem store is the default; an S3-compatible store can implement the same three calls.
 */
public interface AttachmentStore {

    /** Stores the bytes as a new object and answers its key (letters, digits and dashes only). */
    String put(byte[] bytes) throws IOException;

    /** The stored bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    boolean exists(String key);
}
