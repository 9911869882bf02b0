/**
 * Strategy and demand files (YAML or JSON) with {@code --set} overrides. Every key is typed and checked; unknown
 * keys and wrong types are errors naming the file and the key.
 */
package io.gridbench.backtest.config;
