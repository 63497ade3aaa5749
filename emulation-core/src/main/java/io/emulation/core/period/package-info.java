/** Review periods (quarter, half-year, year, custom) and how they nest for roll-ups. */
package io.emulation.core.period;
