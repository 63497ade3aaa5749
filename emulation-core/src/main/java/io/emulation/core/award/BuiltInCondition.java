package io.emulation.core.award;

import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * A condition of this package: it describes itself with a {@link Message} in either language,
 * and reads only what its type says (its own participant's grants, its members' grants), which
 * lets a what-if re-check only the participants whose grants changed. Conditions from plugins do
 * not implement it, so a what-if decides their awards again in full.
 */
interface BuiltInCondition extends Condition {

  /** The condition in words, rendered when read. */
  Message description();

  @Override
  default String describe() {
    return description().in(Locale.ENGLISH);
  }

  @Override
  default String describe(Locale locale) {
    return description().in(locale);
  }
}
