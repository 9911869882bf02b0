package io.gridbench.exchange.http;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * A JSON value written straight to a generator: how the Trading API answers, with no tree of nodes built first and
 * walked again to serialise it.
 */
@FunctionalInterface
public interface JsonBody {

    /** Writes exactly one JSON value. */
    void writeTo(JsonGenerator json) throws IOException;
}
