package io.gridbench.benchmarks.gate;

/** The gate could not do its job (bad input file, unreadable baseline, failed JMH run); the message says why. */
public final class GateException extends RuntimeException {

    public GateException(String message) {
        super(message);
    }

    public GateException(String message, Throwable cause) {
        super(message, cause);
    }
}
