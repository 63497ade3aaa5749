/** Ranking: ordered rank keys (tie-breakers), rank numbering methods and placements. */
package io.emulation.core.ranking;
