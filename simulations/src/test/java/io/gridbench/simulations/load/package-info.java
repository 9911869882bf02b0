/**
 * How much load a run offers: the open model (arrivals per second, constant or ramping, Poisson gaps) or the closed
 * model (a fixed number of paced users), and the intended start of every iteration, which latencies are counted
 * from so a stalled client cannot hide the requests it should have sent (coordinated omission).
 */
package io.gridbench.simulations.load;
