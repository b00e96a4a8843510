package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.AtOnce;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle cannot be raced (issue 12 §2), proven on MariaDB against the application as
 * a process of its own, with HTTP Basic calls released together over real sockets. Each client
 * address is a loopback address of its own (127.0.0.x), bound by the test, because the throttle
 * counts per client. Forty wrong passwords at once: three are checked, the rest told to wait; a
 * right password in a burst of wrong ones does not sign in; the owner, from a client without
 * failures, does; the failures leave one audit entry, not forty; and the operator's command-line
 * unlock, run while the application is running, lifts a client's throttle in the shared database.
 */
@ExtendWith(FreshMariaDbDatabase.class)
class SignInThrottleRaceIT {

    private static final String USER = "staff2";
    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        app = AppProcess.start("signin-race");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void parallel_guesses_are_counted_before_they_are_checked_and_the_owner_still_gets_in() throws Exception {
        List<String> forty = atOnce(40, i -> me("127.0.0.2", USER, "wrong-" + i));
        assertThat(forty).filteredOn(a -> a.contains("用户名和密码")).as("passwords checked").hasSize(3);
        assertThat(forty).filteredOn(a -> a.contains("秒后再试")).hasSize(37);
        assertThat(forty).allSatisfy(a -> assertThat(a).startsWith("401"));

        List<String> burst = atOnce(11, i -> me("127.0.0.2", USER, i == 5 ? "demo123" : "wrong-" + i));
        assertThat(burst).as("the right password inside a burst of wrong ones").allSatisfy(a -> assertThat(a).startsWith("401"));

        assertThat(me("127.0.0.3", USER, "demo123")).as("the owner from a client without failures").startsWith("200");
        assertThat(count("select count(*) from audit_entry where actor = ? and action = 'LOGIN_FAILED'", USER))
            .as("fifty-one failures, one entry until the window closes").isEqualTo(1);
    }

    @Test
    void fifty_people_signing_in_at_once_from_one_office_address_all_get_in() throws Exception {
        List<String> people = List.of("staff1", "head1", "staff4", "head4", "staff5", "head5", "staff6", "head6", "finance", "director");

        List<String> fifty = atOnce(50, i -> me("127.0.0.5", people.get(i % people.size()), "demo123"));

        assertThat(fifty).as("right passwords in flight are not failures of their address").allSatisfy(a -> assertThat(a).startsWith("200"));
        assertThat(me("127.0.0.5", "ghost", "guess")).as("the address has no failures").contains("用户名和密码");
    }

    @Test
    void the_command_line_unlock_lifts_a_client_while_the_application_runs() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(me("127.0.0.4", "staff3", "wrong-" + i)).startsWith("401");
        }
        assertThat(me("127.0.0.4", "staff3", "demo123")).contains("秒后再试");

        int exit = AppProcess.runCommand("signin-unlock", "--budgetflow.unlock=127.0.0.4,staff3");

        assertThat(exit).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'LOGIN_UNLOCKED' and actor like '命令行:%'"))
            .isEqualTo(2);
        assertThat(me("127.0.0.4", "staff3", "demo123")).startsWith("200");
    }

    private static List<String> atOnce(int count, IntFunction<String> call) throws Exception {
        return AtOnce.run(count, Duration.ofSeconds(120), call::apply);
    }

    /** GET /api/v1/me with HTTP Basic from the given loopback address: "status body". */
    private static String me(String from, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\nAccept: application/json\r\n"
            + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 5_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAll(socket.getInputStream());
            return answer.substring(9, 12) + " " + answer.substring(answer.indexOf("\r\n\r\n") + 4);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int count(String sql, Object... parameters) throws Exception {
        try (Connection db = FreshMariaDbDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
