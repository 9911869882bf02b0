package io.gridbench.backtest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The uPlot chart library (webjar {@code org.webjars.npm:uplot}, about 50 KB minified) read from the classpath,
 * so reports inline it and open offline. uPlot was chosen over plotly (10 MB) to keep each report small.
 */
final class ChartAssets {
    private static final String POM = "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

    private ChartAssets() {
    }

    private static String version() {
        try (InputStream in = ChartAssets.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("uPlot webjar missing from the classpath (" + POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        String path = "/META-INF/resources/webjars/uplot/" + version() + "/dist/" + file;
        try (InputStream in = ChartAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " in the uPlot webjar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String script() {
        return read("uPlot.iife.min.js");
    }

    static String css() {
        return read("uPlot.min.css");
    }
}
