/**
 * An example plugin: ACME's safety scoring, by the severity of the worst incident of the period
 * with a veto at the first serious one ("absolute safety").
 */
package io.emulation.examples.safety;
