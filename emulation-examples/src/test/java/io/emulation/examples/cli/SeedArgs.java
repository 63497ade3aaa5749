package io.emulation.examples.cli;

import io.emulation.examples.SeedFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines over the seed campaign's files. */
final class SeedArgs {
  private SeedArgs() {}

  static String file(String name) {
    return SeedFixture.folder().resolve(name).toString();
  }

  /** {@code command DEFINITION --period 2021-H1 --measurements ... } plus {@code more}. */
  static String[] of(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, file("campaign.yaml"),
        "--period", "2021-H1", "--measurements", file("measurements.csv"),
        "--adjustments", file("adjustments.csv"), "--registrations", file("registrations.csv"),
        "--initiatives", file("initiatives.csv")));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  static String[] evaluate(Path out) {
    return of("evaluate", "--out", out.toString());
  }
}
