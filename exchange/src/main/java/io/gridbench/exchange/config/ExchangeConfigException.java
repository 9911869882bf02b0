package io.gridbench.exchange.config;

/** An exchange config file that cannot be used; the message names the file and, when known, the line and column. */
public final class ExchangeConfigException extends RuntimeException {

    public ExchangeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
