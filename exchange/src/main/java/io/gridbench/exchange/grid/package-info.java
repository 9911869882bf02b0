/**
 * The simulated Grid assembled: {@link io.gridbench.exchange.grid.SimulatedGrid} wires the venue core, the Trading
 * API, the Consumption API and the market agents onto one 127.0.0.1 port, so every entry point (the
 * {@code exchange} and {@code demo} commands, the Gatling simulations' simulated target) runs the same exchange.
 */
package io.gridbench.exchange.grid;
