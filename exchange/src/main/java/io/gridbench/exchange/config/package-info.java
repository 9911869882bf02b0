/**
 * The simulated exchange's configuration: {@code ExchangeConfig} (read from YAML, defaults on the classpath), its
 * settings records ({@code ServerSettings}, {@code AccountSettings}, {@code InstrumentSettings}) and errors, and
 * {@code ConfigTree}, the one reader of gridbench's config files (the exchange config and the backtester's strategy
 * and demand files): it keeps every key's line and column, so an unknown key, a key given twice or a bad value is
 * reported as {@code file:line:column}. Depends only on {@code market}; the server, the Consumption API and the
 * backtester depend on it.
 */
package io.gridbench.exchange.config;
