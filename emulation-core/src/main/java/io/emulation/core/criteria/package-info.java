/** Criteria (what is measured and how it scores), measurements, and bonus/penalty adjustments. */
package io.emulation.core.criteria;
