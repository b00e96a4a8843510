package cn.nanchang.budgetflow.testsupport;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The counters from which the API helpers hand out test fiscal years, one set per Spring context.
 * Each test context has its own in-memory database, so a year used in one context is still free in
 * the next; counters shared by the whole JVM ran the 100 fiscal years (2000–2099) out for a busy
 * section in the full suite, although no single database came near it.
 */
final class TestYears {

    private static final Map<Object, Map<String, AtomicInteger>> BY_CONTEXT =
        Collections.synchronizedMap(new WeakHashMap<>());

    private TestYears() {
    }

    /** The counter {@code name} of the context {@code api} calls, starting at {@code first}. */
    static AtomicInteger counter(ApiClient api, String name, int first) {
        return BY_CONTEXT.computeIfAbsent(api.context(), c -> new ConcurrentHashMap<>())
            .computeIfAbsent(name, n -> new AtomicInteger(first));
    }
}
