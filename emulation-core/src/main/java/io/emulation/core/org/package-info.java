/** The organisation: units in a tree, the individuals in them, and units competing as collectives. */
package io.emulation.core.org;
