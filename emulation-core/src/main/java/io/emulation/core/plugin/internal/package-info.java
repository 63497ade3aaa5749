/**
 * The discovery machinery that scoring formulas and condition types share: id checks, the
 * reserved namespace, duplicate detection and {@link java.util.ServiceLoader} iteration that
 * survives faulty providers. Not exported from the module and not for use outside the core
 * library; it may change in any release.
 */
package io.emulation.core.plugin.internal;
