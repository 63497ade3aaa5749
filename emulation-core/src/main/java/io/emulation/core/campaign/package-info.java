/**
 * Campaigns: kind, period, scope, criteria, grading, decimal policy, totals and ranking policy.
 */
package io.emulation.core.campaign;
