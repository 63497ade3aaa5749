/**
 * The flagship example, the seed article's factory: the deterministic generator of its files
 * ({@link io.emulation.examples.seed.SeedCampaignGenerator}, {@link
 * io.emulation.examples.seed.SeedParameters}) and the program that evaluates them and shows how
 * the data leads to the article's outcome ({@link io.emulation.examples.seed.SeedCampaign}).
 *
 * @since 0.1
 */
package io.emulation.examples.seed;
