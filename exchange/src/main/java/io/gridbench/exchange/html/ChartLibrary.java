package io.gridbench.exchange.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The uPlot chart library (webjar {@code org.webjars.npm:uplot}, about 50 KB minified) read from the classpath,
 * so the backtest and load-test reports inline it and open offline. uPlot was chosen over plotly (10 MB) to keep
 * each report small. Stateless.
 */
public final class ChartLibrary {
    private static final String POM = "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

    private ChartLibrary() {
    }

    private static String version() {
        try (InputStream in = ChartLibrary.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("uPlot webjar missing from the classpath (" + POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM, e);
        }
    }

    private static String read(String file) {
        String path = "/META-INF/resources/webjars/uplot/" + version() + "/dist/" + file;
        try (InputStream in = ChartLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " in the uPlot webjar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The minified script, to inline in a {@code <script>} element. */
    public static String script() {
        return read("uPlot.iife.min.js");
    }

    /** The style sheet, to inline in a {@code <style>} element. */
    public static String css() {
        return read("uPlot.min.css");
    }
}
