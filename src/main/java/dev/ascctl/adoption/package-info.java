/**
 * Adoption: turning what already exists into a store. {@link dev.ascctl.adoption.StoreLayout} maps the store paths
 * of exported objects to files, {@link dev.ascctl.adoption.StoreWriter} writes them as YAML, and
 * {@code adoption.fastlane} converts a fastlane deliver folder. It sits between workflow (which reads live state
 * and calls it) and store/resource (whose vocabulary it writes); it never talks to the network.
 */
package dev.ascctl.adoption;
