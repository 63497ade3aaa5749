/**
 * Awards: titles and commendations, the rules that grant them (eligibility conditions, quotas,
 * exclusion groups), the history and registrations they read, and the engine that decides them
 * with reasons.
 */
package io.emulation.core.award;
