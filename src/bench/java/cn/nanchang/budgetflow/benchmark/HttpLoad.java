package cn.nanchang.budgetflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load over HTTP (issue 7 §7, issue 12 §4): virtual users, each a 科员 filing budget drafts that
 * 科长, 财务, 主任 and 数据局 then approve, every step a real REST call on loopback. The same run
 * measures each way of signing in, one after the other against the same application, so that
 * their ratio is fair: by default first with API tokens (each account asks for a token once, then
 * sends {@code Authorization: Bearer}), then with HTTP Basic (a bcrypt check on every call). A
 * short warm-up with tokens comes first and is not counted. Each phase runs its users for
 * {@code load.seconds} (or until a cycle cap) and prints throughput, p50/p95/p99 and errors per
 * call. Without {@code -Dload.url} it starts the application itself on a fresh H2 file database
 * and a free port. Run: {@code ./mvnw -B -Pload verify} ({@code -Dload.modes=token} or
 * {@code basic} for one of them).
 */
public final class HttpLoad {

    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int SECONDS = Integer.getInteger("load.seconds", 120);
    private static final int WARMUP_SECONDS = Integer.getInteger("load.warmup", 15);
    private static final String MODES = System.getProperty("load.modes", "token,basic");

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        String url = System.getProperty("load.url");
        if (url != null) {
            run(url);
        } else {
            try (RunningApp app = new RunningApp("load-app")) {
                run("http://127.0.0.1:" + app.port());
            }
        }
        System.exit(0);
    }

    private static void run(String base) throws Exception {
        List<LoadPhase.Result> results = new ArrayList<>();
        // each phase files for years of its own, so no phase meets another's open drafts
        int yearBase = 2000;
        if (WARMUP_SECONDS > 0) {
            new LoadPhase(base, LoadPhase.Auth.TOKEN, yearBase, USERS).run(WARMUP_SECONDS);
        }
        for (String mode : MODES.split(",")) {
            yearBase += 10;
            LoadPhase phase = new LoadPhase(base, LoadPhase.Auth.valueOf(mode.strip().toUpperCase(Locale.ROOT)), yearBase, USERS);
            results.add(phase.run(SECONDS));
        }
        System.out.println();
        System.out.printf("==================== HTTP load: %d users, %d s per phase, %s ====================%n",
            USERS, SECONDS, base);
        results.forEach(LoadPhase.Result::print);
        if (results.size() == 2) {
            System.out.printf("%s / %s requests per second: %.1f×%n", results.get(0).auth(), results.get(1).auth(),
                results.get(0).perSecond() / results.get(1).perSecond());
        }
    }
}
