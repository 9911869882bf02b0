package io.gridbench.backtest.config;

/** A strategy or demand file (or a {@code --set} override) is wrong; names the file and the key. */
public final class ConfigException extends RuntimeException {
    private final String file;
    private final String key;

    public ConfigException(String file, String key, String detail) {
        super(file + (key == null ? "" : ": key '" + key + "'") + ": " + detail);
        this.file = file;
        this.key = key;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }
}
