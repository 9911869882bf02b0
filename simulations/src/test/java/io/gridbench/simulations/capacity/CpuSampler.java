package io.gridbench.simulations.capacity;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures the CPU this JVM's threads use while a step runs, split between the in-process simulated exchange (its
 * Vert.x threads and the venue core thread) and everything else, which is the load generator. Thread CPU times are
 * read every {@value #PERIOD_MS} ms on a daemon thread because the exchange's threads die when each step's exchange
 * stops, taking their totals with them: a dead thread loses at most one period. The whole machine's CPU load is
 * sampled too, so a step that shared the cores with other processes says so. Started and read by one thread.
 */
final class CpuSampler implements AutoCloseable {
    static final long PERIOD_MS = 250;
    private static final String[] SERVER_THREADS = {"vert.x-", "venue-core"};

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean system = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    private final Map<Long, Long> lastCpuNanos = new HashMap<>();
    private final Thread sampler;
    private final long startNanos = System.nanoTime();
    private long generatorNanos;
    private long serverNanos;
    private boolean baseline = true;
    private double machineLoadSum;
    private int machineLoadSamples;
    private volatile boolean running = true;

    private CpuSampler() {
        sampler = new Thread(this::loop, "gridbench-cpu-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling now. */
    static CpuSampler start() {
        CpuSampler s = new CpuSampler();
        s.sample();
        s.sampler.start();
        return s;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private synchronized void sample() {
        if (!threads.isThreadCpuTimeSupported()) {
            return;
        }
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            Long previous = lastCpuNanos.put(info.getThreadId(), cpu);
            if (baseline) {
                continue;
            }
            // A thread first seen now started after the previous sample: all its CPU is this step's.
            long delta = cpu - (previous == null ? 0 : previous);
            if (isServer(info.getThreadName())) {
                serverNanos += delta;
            } else {
                generatorNanos += delta;
            }
        }
        if (!baseline) {
            // the whole machine's recent CPU load, 0..1 (negative when the platform cannot tell)
            double load = system.getCpuLoad();
            if (load >= 0) {
                machineLoadSum += load;
                machineLoadSamples++;
            }
        }
        baseline = false;
    }

    private static boolean isServer(String name) {
        for (String prefix : SERVER_THREADS) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Stops sampling and returns the cores used on average since the start. */
    CpuUse stop() {
        running = false;
        sampler.interrupt();
        sample();
        double wallNanos = Math.max(1, System.nanoTime() - startNanos);
        synchronized (this) {
            return new CpuUse(generatorNanos / wallNanos, serverNanos / wallNanos,
                    Runtime.getRuntime().availableProcessors(),
                    machineLoadSamples == 0 ? Double.NaN : machineLoadSum / machineLoadSamples);
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
