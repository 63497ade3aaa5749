/** Ready award rule packs: the 2022 law's civil titles and the army's variants. */
package io.emulation.core.preset;
