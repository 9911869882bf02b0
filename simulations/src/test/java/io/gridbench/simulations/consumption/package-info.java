/**
 * Consumption API steps: chat completions returned whole (Gatling follows the 307 itself) and streamed (a plain POST
 * reads the supplier's Location, then Gatling SSE streams from it), with output tokens from the server's usage.
 */
package io.gridbench.simulations.consumption;
