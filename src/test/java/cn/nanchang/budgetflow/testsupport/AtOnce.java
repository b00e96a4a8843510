package cn.nanchang.budgetflow.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code count} calls on threads of their own, released together by a barrier so that they
 * reach the application at the same moment (races on the sign-in throttle, on a task, on a row),
 * and returns their answers in call order.
 */
public final class AtOnce {

    /** One of the calls, given its index. */
    @FunctionalInterface
    public interface Call<T> {
        T make(int index) throws Exception;
    }

    private AtOnce() {
    }

    public static <T> List<T> run(int count, Duration eachWithin, Call<T> call) throws Exception {
        CyclicBarrier gate = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                pending.add(threads.submit(() -> {
                    gate.await(30, TimeUnit.SECONDS);
                    return call.make(n);
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get(eachWithin.toMillis(), TimeUnit.MILLISECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
