package cn.nanchang.budgetflow.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads and prepares rows through a connection of its own, so that what is checked is what the server stored. */
final class Rows {

    private Rows() {
    }

    static List<String> strings(String sql, Object... parameters) throws Exception {
        return stringsIn(FreshMariaDbDatabase.name(), sql, parameters);
    }

    /** As {@link #strings}, in another database on the test server (e.g. one a dump was restored into). */
    static List<String> stringsIn(String database, String sql, Object... parameters) throws Exception {
        try (Connection connection = DriverManager.getConnection(FreshMariaDbDatabase.url(database), FreshMariaDbDatabase.user(),
                    FreshMariaDbDatabase.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** The id of the one open task of a document's process. */
    static String openTaskOf(long documentId) throws Exception {
        List<String> open = strings("SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
            + " WHERE e.BUSINESS_KEY_ = ?", String.valueOf(documentId));
        if (open.size() != 1) {
            throw new AssertionError("document " + documentId + " has " + open.size() + " open tasks");
        }
        return open.get(0);
    }

    /** Another account with the demo password (staff1's hash), e.g. a second member of an approval group. */
    static void addUser(String username, String displayName, String role, String sectionCode) throws Exception {
        try (Connection connection = FreshMariaDbDatabase.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (username, display_name,"
                    + " password_hash, role, section_id, enabled) SELECT ?, ?, password_hash, ?,"
                    + " (SELECT id FROM org_unit WHERE code = ?), TRUE FROM app_user WHERE username = 'staff1'")) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setString(3, role);
            insert.setString(4, sectionCode);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("could not add " + username);
            }
        }
    }
}
