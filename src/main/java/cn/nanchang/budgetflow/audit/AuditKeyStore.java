package cn.nanchang.budgetflow.audit;

import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * Where the audit chain's keys live, outside the database: a PKCS#12 file ({@link Pkcs12AuditKeyStore})
 * or the token of an HSM reached through PKCS#11 ({@link Pkcs11AuditKeyStore}).
 */
interface AuditKeyStore {

    /** A change to the store: adding a key. */
    interface Change {
        void apply(KeyStore keys) throws GeneralSecurityException;
    }

    /**
     * The store's keys after applying {@code change}, which is kept if it added anything.
     *
     * @param mayCreate whether a store that does not exist yet may be created (the demo, the tests)
     */
    KeyStore open(Change change, boolean mayCreate);

    /** The password a key of this store is read with. */
    char[] keyPassword();

    /** Adds a newly generated key of this suite under this alias. */
    void addGenerated(KeyStore keys, String alias, AuditSuite suite) throws GeneralSecurityException;

    /** The store, named for the operator in messages and logs. */
    String where();
}
