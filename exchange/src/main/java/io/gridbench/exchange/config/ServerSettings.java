package io.gridbench.exchange.config;

/**
 * The {@code server:} section of the exchange config.
 *
 * @param host                interface to bind; the simulator never listens beyond 127.0.0.1 by default
 * @param maxBodyBytes        larger request bodies get 413 before they are read
 * @param maxClockSkewSeconds signed requests further than this from the server clock get 401
 * @param eventLoops          HTTP event loops (each parses and verifies signatures; the venue has its own thread)
 * @param idleTimeoutSeconds  a connection with nothing read or written for this long is closed (idle keep-alive
 *                            connections, clients that stop reading); a completion it carried is charged only for
 *                            what was sent and its hold released
 * @param bodyTimeoutSeconds  a request whose body has not fully arrived this long after its headers gets 408 and
 *                            its connection is closed (clients that send a body slowly)
 */
public record ServerSettings(String host, Integer maxBodyBytes, Integer maxClockSkewSeconds, Integer eventLoops,
                             Integer idleTimeoutSeconds, Integer bodyTimeoutSeconds) {

    public ServerSettings {
        host = host == null ? "127.0.0.1" : host;
        maxBodyBytes = maxBodyBytes == null ? 65_536 : maxBodyBytes;
        maxClockSkewSeconds = maxClockSkewSeconds == null ? 30 : maxClockSkewSeconds;
        eventLoops = eventLoops == null ? 2 : eventLoops;
        idleTimeoutSeconds = idleTimeoutSeconds == null ? 60 : idleTimeoutSeconds;
        bodyTimeoutSeconds = bodyTimeoutSeconds == null ? 30 : bodyTimeoutSeconds;
        if (idleTimeoutSeconds < 1) {
            throw new IllegalArgumentException("server.idle_timeout_seconds must be positive, got " + idleTimeoutSeconds);
        }
        if (bodyTimeoutSeconds < 1) {
            throw new IllegalArgumentException("server.body_timeout_seconds must be positive, got " + bodyTimeoutSeconds);
        }
        if (eventLoops < 1 || eventLoops > 64) {
            throw new IllegalArgumentException("server.event_loops must be between 1 and 64, got " + eventLoops);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("server.max_body_bytes must be at least 1024, got " + maxBodyBytes);
        }
        if (maxClockSkewSeconds < 1) {
            throw new IllegalArgumentException("server.max_clock_skew_seconds must be positive, got " + maxClockSkewSeconds);
        }
    }

    static ServerSettings defaults() {
        return new ServerSettings(null, null, null, null, null, null);
    }
}
