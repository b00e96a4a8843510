package cn.nanchang.budgetflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process and the live heap after full collections. */
final class Memory {

    private Memory() {
    }

    /** VmRSS from /proc, in MiB (-1 where there is no /proc). */
    static double residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use after collecting until it stops shrinking, in bytes. */
    static long liveHeapBytes() {
        long previous = Long.MAX_VALUE;
        long used = usedHeap();
        for (int i = 0; i < 6 && used < previous; i++) {
            previous = used;
            System.gc();
            used = usedHeap();
        }
        return Math.min(used, previous);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
