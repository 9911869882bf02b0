/**
 * Signed Trading API steps: Gatling's {@code sign} hook over the project's own {@code RequestSigner}, order bodies in
 * the reference clients' shape, and the balance / buy / wait-for-fill chains of seeds 000 and 001.
 */
package io.gridbench.simulations.trading;
