/**
 * Output files that survive a crash: {@code AtomicFiles} writes every report, recording, generated data file,
 * baseline and credentials file to a temporary sibling and renames it into place, so a reader never finds a half
 * file. Depends on nothing else in gridbench.
 */
package io.gridbench.exchange.files;
